package tollgate.aws.iam_password_policy_weak_test

import rego.v1

import data.tollgate.aws.iam_password_policy_weak as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_short_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"minimum_password_length": 8}, "unknown": []}
}

test_long_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"minimum_password_length": 16}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {}, "unknown": ["minimum_password_length"]}
}
