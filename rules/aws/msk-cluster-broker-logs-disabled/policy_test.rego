package tollgate.aws.msk_cluster_broker_logs_disabled_test

import rego.v1

import data.tollgate.aws.msk_cluster_broker_logs_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_msk_cluster", "address": "aws_msk_cluster.x", "kind": "terraform", "values": {"cluster_name": "e"}, "unknown": []}
}

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_msk_cluster", "address": "aws_msk_cluster.x", "kind": "terraform", "values": {"logging_info": [{"broker_logs": [{"s3": [{"enabled": false}]}]}]}, "unknown": []}
}

test_cloudwatch_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_msk_cluster", "address": "aws_msk_cluster.x", "kind": "terraform", "values": {"logging_info": [{"broker_logs": [{"cloudwatch_logs": [{"enabled": true}]}]}]}, "unknown": []}
}
