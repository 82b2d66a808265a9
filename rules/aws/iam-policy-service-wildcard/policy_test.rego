package tollgate.aws.iam_policy_service_wildcard_test

import rego.v1

import data.tollgate.aws.iam_policy_service_wildcard as rule

test_wildcard_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_policy", "address": "aws_iam_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}"}, "unknown": []}
}

test_listed_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_policy", "address": "aws_iam_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\"], \"Resource\": \"*\"}]}"}, "unknown": []}
}
