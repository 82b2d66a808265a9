package tollgate.aws.s3_public_access_block_partly_off_test

import rego.v1

import data.tollgate.aws.s3_public_access_block_partly_off as rule

test_partly_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_s3_bucket_public_access_block", "address": "aws_s3_bucket_public_access_block.x", "kind": "terraform", "values": {"block_public_acls": true, "block_public_policy": false}, "unknown": []}
}

test_all_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_s3_bucket_public_access_block", "address": "aws_s3_bucket_public_access_block.x", "kind": "terraform", "values": {"block_public_acls": true, "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::S3::Bucket", "address": "AWS::S3::Bucket.x", "kind": "cloudformation", "values": {"PublicAccessBlockConfiguration": {"BlockPublicAcls": true}}, "unknown": []}
}

test_template_without_block_skipped if {
	count(rule.deny) == 0 with input as {"type": "AWS::S3::Bucket", "address": "AWS::S3::Bucket.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
