package tollgate.aws.cloudtrail_not_kms_encrypted_test

import rego.v1

import data.tollgate.aws.cloudtrail_not_kms_encrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_key_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {"kms_key_id": "arn:aws:kms:k"}, "unknown": []}
}
