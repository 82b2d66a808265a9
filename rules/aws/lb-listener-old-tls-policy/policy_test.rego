package tollgate.aws.lb_listener_old_tls_policy_test

import rego.v1

import data.tollgate.aws.lb_listener_old_tls_policy as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lb_listener", "address": "aws_lb_listener.x", "kind": "terraform", "values": {"protocol": "HTTPS"}, "unknown": []}
}

test_old_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lb_listener", "address": "aws_lb_listener.x", "kind": "terraform", "values": {"protocol": "TLS", "ssl_policy": "ELBSecurityPolicy-TLS-1-1-2017-01"}, "unknown": []}
}

test_modern_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lb_listener", "address": "aws_lb_listener.x", "kind": "terraform", "values": {"protocol": "HTTPS", "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}, "unknown": []}
}

test_http_skipped if {
	count(rule.deny) == 0 with input as {"type": "aws_lb_listener", "address": "aws_lb_listener.x", "kind": "terraform", "values": {"protocol": "HTTP"}, "unknown": []}
}
