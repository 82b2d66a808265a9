package tollgate.aws.cloudwatch_alarm_actions_disabled_test

import rego.v1

import data.tollgate.aws.cloudwatch_alarm_actions_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_cloudwatch_metric_alarm", "address": "aws_cloudwatch_metric_alarm.x", "kind": "terraform", "values": {"alarm_name": "api-5xx", "comparison_operator": "GreaterThanThreshold", "evaluation_periods": 1, "metric_name": "5XXError", "namespace": "AWS/ApiGateway", "period": 60, "statistic": "Sum", "threshold": 10, "actions_enabled": false, "alarm_actions": ["arn:aws:sns:eu-west-1:123456789012:oncall"]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudwatch_metric_alarm", "address": "aws_cloudwatch_metric_alarm.x", "kind": "terraform", "values": {"alarm_name": "api-5xx-ok", "comparison_operator": "GreaterThanThreshold", "evaluation_periods": 1, "metric_name": "5XXError", "namespace": "AWS/ApiGateway", "period": 60, "statistic": "Sum", "threshold": 10, "alarm_actions": ["arn:aws:sns:eu-west-1:123456789012:oncall"]}, "unknown": []}
}
