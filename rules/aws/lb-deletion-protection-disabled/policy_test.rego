package tollgate.aws.lb_deletion_protection_disabled_test

import rego.v1

import data.tollgate.aws.lb_deletion_protection_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {"enable_deletion_protection": true}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {}, "unknown": ["enable_deletion_protection"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lb", "address": "aws_lb.x", "kind": "terraform", "values": {"enable_deletion_protection": false}, "unknown": []}
}
