package tollgate.aws.ec2_instance_public_ip_test

import rego.v1

import data.tollgate.aws.ec2_instance_public_ip as rule

test_true_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"associate_public_ip_address": true}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_launch_template", "address": "aws_launch_template.x", "kind": "terraform", "values": {"network_interfaces": [{"associate_public_ip_address": "true"}]}, "unknown": []}
}
