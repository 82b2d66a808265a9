package tollgate.aws.security_group_rule_without_description_test

import rego.v1

import data.tollgate.aws.security_group_rule_without_description as rule

test_inline_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp"}]}, "unknown": []}
}

test_inline_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 443, "description": "https"}]}, "unknown": []}
}

test_rule_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_vpc_security_group_ingress_rule", "address": "aws_vpc_security_group_ingress_rule.x", "kind": "terraform", "values": {"from_port": 443}, "unknown": []}
}

test_rule_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_security_group_rule", "address": "aws_security_group_rule.x", "kind": "terraform", "values": {"description": "https"}, "unknown": []}
}
