package tollgate.aws.ebs_snapshot_copy_unencrypted_test

import rego.v1

import data.tollgate.aws.ebs_snapshot_copy_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ebs_snapshot_copy", "address": "aws_ebs_snapshot_copy.x", "kind": "terraform", "values": {"source_snapshot_id": "snap-0a1b2c3d", "source_region": "eu-west-1"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_ebs_snapshot_copy", "address": "aws_ebs_snapshot_copy.x", "kind": "terraform", "values": {"source_snapshot_id": "snap-0a1b2c3d", "source_region": "eu-west-1", "encrypted": true}, "unknown": []}
}
