package tollgate.aws.cloudtrail_no_cloudwatch_logs_test

import rego.v1

import data.tollgate.aws.cloudtrail_no_cloudwatch_logs as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {"cloud_watch_logs_group_arn": "arn"}, "unknown": []}
}
