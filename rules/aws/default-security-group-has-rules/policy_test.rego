package tollgate.aws.default_security_group_has_rules_test

import rego.v1

import data.tollgate.aws.default_security_group_has_rules as rule

test_rules_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_default_security_group", "address": "aws_default_security_group.x", "kind": "terraform", "values": {"ingress": [{"protocol": "-1", "self": true}]}, "unknown": []}
}

test_empty_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_default_security_group", "address": "aws_default_security_group.x", "kind": "terraform", "values": {}, "unknown": []}
}
