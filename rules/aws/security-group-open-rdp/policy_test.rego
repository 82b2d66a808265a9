package tollgate.aws.security_group_open_rdp_test

import rego.v1

import data.tollgate.aws.security_group_open_rdp as rule

test_open_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 3389, "to_port": 3389, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]}]}, "unknown": []}
}

test_other_port_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}, "unknown": []}
}
