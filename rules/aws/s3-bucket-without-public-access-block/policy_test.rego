package tollgate.aws.s3_bucket_without_public_access_block_test

import rego.v1

import data.tollgate.aws.s3_bucket_without_public_access_block as rule

bucket := {"address": "aws_s3_bucket.b", "type": "aws_s3_bucket", "kind": "terraform", "values": {}, "source": {"file": "main.tf"}}

test_missing_block_denied if {
	count(rule.deny) == 1 with input as {"resources": [bucket]}
}

test_referenced_block_allowed if {
	block := {"address": "aws_s3_bucket_public_access_block.b", "type": "aws_s3_bucket_public_access_block", "values": {}, "references": {"bucket": ["aws_s3_bucket.b"]}}
	count(rule.deny) == 0 with input as {"resources": [bucket, block]}
}
