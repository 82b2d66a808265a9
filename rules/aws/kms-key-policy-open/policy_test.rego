package tollgate.aws.kms_key_policy_open_test

import rego.v1

import data.tollgate.aws.kms_key_policy_open as rule

test_star_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_kms_key", "address": "aws_kms_key.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:*\", \"Resource\": \"*\"}]}"}, "unknown": []}
}

test_account_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_kms_key", "address": "aws_kms_key.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::1:root\"}, \"Action\": \"kms:*\", \"Resource\": \"*\"}]}"}, "unknown": []}
}
