package tollgate.aws.cloudwatch_log_retention_short_test

import rego.v1

import data.tollgate.aws.cloudwatch_log_retention_short as rule

test_short_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {"retention_in_days": 30}, "unknown": []}
}

test_year_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {"retention_in_days": 400}, "unknown": []}
}

test_forever_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {}, "unknown": []}
}
