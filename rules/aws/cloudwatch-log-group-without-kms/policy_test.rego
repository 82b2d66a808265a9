package tollgate.aws.cloudwatch_log_group_without_kms_test

import rego.v1

import data.tollgate.aws.cloudwatch_log_group_without_kms as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {"kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/2f8e1b"}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudwatch_log_group", "address": "aws_cloudwatch_log_group.x", "kind": "terraform", "values": {}, "unknown": ["kms_key_id"]}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::Logs::LogGroup", "address": "AWS::Logs::LogGroup/x", "kind": "cloudformation", "values": {}, "unknown": []}
}

test_cfn_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::Logs::LogGroup", "address": "AWS::Logs::LogGroup/x", "kind": "cloudformation", "values": {"KmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/2f8e1b"}, "unknown": []}
}
