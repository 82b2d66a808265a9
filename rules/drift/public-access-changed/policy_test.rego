package tollgate.drift.public_access_changed_test

import rego.v1

import data.tollgate.drift.public_access_changed as rule

bucket(changes) := {"type": "aws_s3_bucket_public_access_block", "address": "aws_s3_bucket_public_access_block.b", "values": {}, "drift": {"status": "changed", "changes": changes}}

test_public_access_block_turned_off if {
	count(rule.deny) == 1 with input as bucket([{"attribute": "block_public_policy", "desired": true, "live": false}])
}

test_nested_setting if {
	count(rule.deny) == 1 with input as bucket([{"attribute": "PublicAccessBlockConfiguration.BlockPublicAcls", "desired": true, "live": false}])
}

test_other_attribute_ignored if {
	count(rule.deny) == 0 with input as bucket([{"attribute": "bucket", "desired": "a", "live": "b"}])
}
