package tollgate.aws.cost_ebs_io1_volume_test

import rego.v1

import data.tollgate.aws.cost_ebs_io1_volume as rule

volume(values) := {"type": "aws_ebs_volume", "address": "aws_ebs_volume.db", "kind": "terraform", "values": values, "unknown": []}

# io1: 200 x 0.125 + 4000 x 0.065 = 285.00; gp3: 200 x 0.08 + 1000 x 0.005 = 21.00; saving 264.00.
test_io1_within_gp3_denied_with_the_list_saving if {
	rule.deny == {{"msg": "aws_ebs_volume.db is an io1 volume with 4000 IOPS, which gp3 also gives, about $264.00 a month more than gp3 at us-east-1 list prices", "attribute": "type", "fix": {"set": {"type": "gp3"}, "risk": "medium"}}} with input as volume({"type": "io1", "size": 200, "iops": 4000})
}

# Priced at $300: 300 x (1 - 21 / 285) = 277.89.
test_priced_saving_scales_the_estimate if {
	some finding in rule.deny with input as object.union(volume({"type": "io1", "size": 200, "iops": 4000}), {"cost": {"monthly": 300}})
	endswith(finding.msg, "about $277.89 a month more than gp3")
}

test_unknown_size_has_no_figure if {
	rule.deny == {{"msg": "aws_ebs_volume.db is an io1 volume with 4000 IOPS, which gp3 also gives", "attribute": "type", "fix": {"set": {"type": "gp3"}, "risk": "medium"}}} with input as volume({"type": "io1", "iops": 4000})
}

test_more_iops_than_gp3_allowed if {
	count(rule.deny) == 0 with input as volume({"type": "io1", "size": 200, "iops": 20000})
}

test_gp3_and_io2_allowed if {
	count(rule.deny) == 0 with input as volume({"type": "gp3", "size": 200, "iops": 4000})
	count(rule.deny) == 0 with input as volume({"type": "io2", "size": 200, "iops": 4000})
}

test_unknown_iops_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ebs_volume", "address": "aws_ebs_volume.db", "kind": "terraform", "values": {"type": "io1", "size": 200}, "unknown": ["iops"]}
}
