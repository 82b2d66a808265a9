package tollgate.aws.iam_password_policy_reuse_test

import rego.v1

import data.tollgate.aws.iam_password_policy_reuse as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"minimum_password_length": 14}, "unknown": []}
}

test_five_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"password_reuse_prevention": 5}, "unknown": []}
}

test_twenty_four_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"password_reuse_prevention": 24}, "unknown": []}
}
