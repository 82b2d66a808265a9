package tollgate.aws.cloudwatch_log_group_retention_unset_test

import rego.v1

import data.tollgate.aws.cloudwatch_log_group_retention_unset as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {"name": "/a"}, "unknown": []}
}

test_zero_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {"retention_in_days": 0}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {"retention_in_days": 30}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {}, "unknown": ["retention_in_days"]}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::Logs::LogGroup", "address": "AWS::Logs::LogGroup/x", "kind": "cloudformation", "values": {"LogGroupName": "/a"}, "unknown": []}
}

test_cfn_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::Logs::LogGroup", "address": "AWS::Logs::LogGroup/x", "kind": "cloudformation", "values": {"RetentionInDays": 365}, "unknown": []}
}
