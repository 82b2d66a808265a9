package tollgate.aws.s3_bucket_public_acl_test

import rego.v1

import data.tollgate.aws.s3_bucket_public_acl as rule

test_public_read_denied if {
	count(rule.deny) == 1 with input as {"kind": "terraform", "address": "aws_s3_bucket.b", "values": {"acl": "public-read"}, "unknown": []}
}

test_cloudformation_denied if {
	count(rule.deny) == 1 with input as {"kind": "cloudformation", "address": "B", "values": {"AccessControl": "PublicReadWrite"}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"kind": "terraform", "address": "aws_s3_bucket.b", "values": {"acl": "private"}, "unknown": []}
}
