package tollgate.aws.security_group_open_database_ports_test

import rego.v1

import data.tollgate.aws.security_group_open_database_ports as rule

test_postgres_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 5432, "to_port": 5432, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}, "unknown": []}
}

test_https_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}]}, "unknown": []}
}

test_all_ports_left_to_AWS049 if {
	count(rule.deny) == 0 with input as {"type": "aws_security_group", "address": "aws_security_group.x", "kind": "terraform", "values": {"ingress": [{"from_port": 0, "to_port": 0, "protocol": "-1", "cidr_blocks": ["0.0.0.0/0"]}]}, "unknown": []}
}
