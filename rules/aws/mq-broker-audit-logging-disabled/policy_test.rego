package tollgate.aws.mq_broker_audit_logging_disabled_test

import rego.v1

import data.tollgate.aws.mq_broker_audit_logging_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {"name": "x", "engine_type": "ActiveMQ"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {"logs": [{"audit": true}]}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {}, "unknown": ["logs[0].audit"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {"engine_type": "ActiveMQ", "logs": [{"audit": false}]}, "unknown": []}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::AmazonMQ::Broker", "address": "AWS::AmazonMQ::Broker/x", "kind": "cloudformation", "values": {"EngineType": "ACTIVEMQ"}, "unknown": []}
}

test_cfn_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::AmazonMQ::Broker", "address": "AWS::AmazonMQ::Broker/x", "kind": "cloudformation", "values": {"Logs": {"Audit": true}}, "unknown": []}
}

test_rabbitmq_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {"engine_type": "RabbitMQ"}, "unknown": []}
}
