package tollgate.aws.cloudtrail_without_cis_alarms_test

import rego.v1

import data.tollgate.aws.cloudtrail_without_cis_alarms as rule

trail := {"type": "aws_cloudtrail", "kind": "terraform", "address": "aws_cloudtrail.t", "source": {"file": "main.tf", "line": 1}, "values": {}}

filter(pattern, metric) := {"type": "aws_cloudwatch_log_metric_filter", "kind": "terraform", "address": sprintf("aws_cloudwatch_log_metric_filter.%s", [metric]), "values": {"pattern": pattern, "metric_transformation": [{"name": metric}]}}

alarm(metric) := {"type": "aws_cloudwatch_metric_alarm", "kind": "terraform", "address": sprintf("aws_cloudwatch_metric_alarm.%s", [metric]), "values": {"metric_name": metric}}

test_trail_alone_gets_every_event if {
	count(rule.deny) == 15 with input as {"resources": [trail]}
}

test_a_filter_with_an_alarm_covers_its_event if {
	resources := [trail, filter("{ $.userIdentity.type = \"Root\" }", "RootUsage"), alarm("RootUsage")]
	count(rule.deny) == 14 with input as {"resources": resources}
}

test_a_filter_without_an_alarm_does_not if {
	resources := [trail, filter("{ $.userIdentity.type = \"Root\" }", "RootUsage")]
	count(rule.deny) == 15 with input as {"resources": resources}
}

test_no_trail_no_finding if {
	count(rule.deny) == 0 with input as {"resources": [filter("x", "X")]}
}
