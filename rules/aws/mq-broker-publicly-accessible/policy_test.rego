package tollgate.aws.mq_broker_publicly_accessible_test

import rego.v1

import data.tollgate.aws.mq_broker_publicly_accessible as rule

test_public_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {"publicly_accessible": true}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_mq_broker", "address": "aws_mq_broker.x", "kind": "terraform", "values": {}, "unknown": []}
}
