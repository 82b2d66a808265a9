package tollgate.aws.load_balancer_http_listener_test

import rego.v1

import data.tollgate.aws.load_balancer_http_listener as rule

test_forward_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lb_listener", "address": "aws_lb_listener.x", "kind": "terraform", "values": {"protocol": "HTTP", "default_action": [{"type": "forward"}]}, "unknown": []}
}

test_redirect_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lb_listener", "address": "aws_lb_listener.x", "kind": "terraform", "values": {"protocol": "HTTP", "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS"}]}]}, "unknown": []}
}

test_https_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lb_listener", "address": "aws_lb_listener.x", "kind": "terraform", "values": {"protocol": "HTTPS", "default_action": [{"type": "forward"}]}, "unknown": []}
}
