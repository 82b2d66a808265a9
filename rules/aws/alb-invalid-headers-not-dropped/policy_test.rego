package tollgate.aws.alb_invalid_headers_not_dropped_test

import rego.v1

import data.tollgate.aws.alb_invalid_headers_not_dropped as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_network_skipped if {
	count(rule.deny) == 0 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {"load_balancer_type": "network"}, "unknown": []}
}

test_dropped_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {"drop_invalid_header_fields": true}, "unknown": []}
}
