package tollgate.aws.cost_previous_generation_instance_test

import rego.v1

import data.tollgate.aws.cost_previous_generation_instance as rule

test_t2_denied_with_its_cost if {
	rule.deny == {{"msg": "aws_instance.w runs on previous-generation t2.medium (now $33.87 a month); t3.medium is its current-generation equivalent", "attribute": "instance_type", "fix": {"set": {"instance_type": "t3.medium"}, "risk": "high"}}} with input as {"type": "aws_instance", "address": "aws_instance.w", "kind": "terraform", "values": {"instance_type": "t2.medium"}, "unknown": [], "cost": {"monthly": 33.87}}
}

test_m4_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_launch_template", "address": "aws_launch_template.l", "kind": "terraform", "values": {"instance_type": "m4.large"}, "unknown": []}
}

test_current_generation_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.w", "kind": "terraform", "values": {"instance_type": "t3.medium"}, "unknown": []}
}

test_unknown_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.w", "kind": "terraform", "values": {}, "unknown": ["instance_type"]}
}

test_null_type_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"instance_type": null}, "unknown": []}
}
