package tollgate.aws.mq_broker_auto_minor_upgrade_off_test

import rego.v1

import data.tollgate.aws.mq_broker_auto_minor_upgrade_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {"broker_name": "orders", "engine_type": "RabbitMQ", "engine_version": "3.13", "host_instance_type": "mq.m5.large", "user": [{"username": "app", "password": "${var.mq_password}"}]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::AmazonMQ::Broker", "address": "AWS::AmazonMQ::Broker.x", "kind": "cloudformation", "values": {"BrokerName": "orders", "EngineType": "RABBITMQ", "HostInstanceType": "mq.m5.large", "DeploymentMode": "SINGLE_INSTANCE", "PubliclyAccessible": false}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {"broker_name": "orders-ok", "engine_type": "RabbitMQ", "engine_version": "3.13", "host_instance_type": "mq.m5.large", "auto_minor_version_upgrade": true, "user": [{"username": "app", "password": "${var.mq_password}"}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::AmazonMQ::Broker", "address": "AWS::AmazonMQ::Broker.x", "kind": "cloudformation", "values": {"BrokerName": "orders", "EngineType": "RABBITMQ", "HostInstanceType": "mq.m5.large", "DeploymentMode": "SINGLE_INSTANCE", "PubliclyAccessible": false, "AutoMinorVersionUpgrade": true}, "unknown": []}
}
