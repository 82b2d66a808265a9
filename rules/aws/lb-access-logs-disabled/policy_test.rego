package tollgate.aws.lb_access_logs_disabled_test

import rego.v1

import data.tollgate.aws.lb_access_logs_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {"access_logs": [{"bucket": "b", "enabled": true}]}, "unknown": []}
}
