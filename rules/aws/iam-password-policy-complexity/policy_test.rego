package tollgate.aws.iam_password_policy_complexity_test

import rego.v1

import data.tollgate.aws.iam_password_policy_complexity as rule

test_missing_denied if {
	count(rule.deny) == 4 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"minimum_password_length": 14}, "unknown": []}
}

test_all_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_account_password_policy", "address": "aws_iam_account_password_policy.x", "kind": "terraform", "values": {"require_lowercase_characters": true, "require_uppercase_characters": true, "require_numbers": true, "require_symbols": true}, "unknown": []}
}
