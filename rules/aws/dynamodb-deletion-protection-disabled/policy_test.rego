package tollgate.aws.dynamodb_deletion_protection_disabled_test

import rego.v1

import data.tollgate.aws.dynamodb_deletion_protection_disabled as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"name": "orders", "billing_mode": "PAY_PER_REQUEST", "hash_key": "id"}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"name": "orders", "billing_mode": "PAY_PER_REQUEST", "hash_key": "id", "deletion_protection_enabled": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"name": "orders", "billing_mode": "PAY_PER_REQUEST", "hash_key": "id"}, "unknown": ["deletion_protection_enabled"]}
}

test_explicitly_unsafe_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"name": "orders", "billing_mode": "PAY_PER_REQUEST", "hash_key": "id", "deletion_protection_enabled": false}, "unknown": []}
}
