package tollgate.aws.cost_ebs_gp2_volume_test

import rego.v1

import data.tollgate.aws.cost_ebs_gp2_volume as rule

test_gp2_denied_with_its_saving if {
	rule.deny == {{"msg": "aws_ebs_volume.d is a gp2 volume, about $2.00 a month more than gp3", "attribute": "type", "fix": {"set": {"type": "gp3"}, "risk": "low"}}} with input as {"type": "aws_ebs_volume", "address": "aws_ebs_volume.d", "kind": "terraform", "values": {"type": "gp2", "size": 100}, "unknown": [], "cost": {"monthly": 10}}
}

test_default_type_is_gp2 if {
	count(rule.deny) == 1 with input as {"type": "aws_ebs_volume", "address": "aws_ebs_volume.d", "kind": "terraform", "values": {"size": 100}, "unknown": []}
}

test_unpriced_has_no_figure if {
	rule.deny == {{"msg": "aws_ebs_volume.d is a gp2 volume", "attribute": "type", "fix": {"set": {"type": "gp3"}, "risk": "low"}}} with input as {"type": "aws_ebs_volume", "address": "aws_ebs_volume.d", "kind": "terraform", "values": {"type": "gp2"}, "unknown": [], "cost": {"unpriced": "no aws price catalog"}}
}

test_gp3_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ebs_volume", "address": "aws_ebs_volume.d", "kind": "terraform", "values": {"type": "gp3"}, "unknown": []}
}

test_unknown_type_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ebs_volume", "address": "aws_ebs_volume.d", "kind": "terraform", "values": {}, "unknown": ["type"]}
}
