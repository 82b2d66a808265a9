package tollgate.aws.dynamodb_point_in_time_recovery_disabled_test

import rego.v1

import data.tollgate.aws.dynamodb_point_in_time_recovery_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"name": "t"}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"point_in_time_recovery": [{"enabled": true}]}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"point_in_time_recovery": [{}]}, "unknown": ["point_in_time_recovery[0].enabled"]}
}
