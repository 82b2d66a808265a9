package tollgate.aws.s3_bucket_versioning_suspended_test

import rego.v1

import data.tollgate.aws.s3_bucket_versioning_suspended as rule

test_suspended_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_s3_bucket_versioning", "address": "aws_s3_bucket_versioning.x", "kind": "terraform", "values": {"versioning_configuration": [{"status": "Suspended"}]}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_s3_bucket_versioning", "address": "aws_s3_bucket_versioning.x", "kind": "terraform", "values": {"versioning_configuration": [{"status": "Enabled"}]}, "unknown": []}
}

test_inline_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_s3_bucket", "address": "aws_s3_bucket.x", "kind": "terraform", "values": {"versioning": [{"enabled": false}]}, "unknown": []}
}
