package tollgate.aws.iam_password_policy_no_expiry_test

import rego.v1

import data.tollgate.aws.iam_password_policy_no_expiry as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"minimum_password_length": 14}, "unknown": []}
}

test_year_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"max_password_age": 365}, "unknown": []}
}

test_ninety_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"max_password_age": 90}, "unknown": []}
}
