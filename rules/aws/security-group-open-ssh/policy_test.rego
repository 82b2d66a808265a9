package tollgate.aws.security_group_open_ssh_test

import rego.v1

import data.tollgate.aws.security_group_open_ssh as rule

sg(ingress) := {"type": "aws_security_group", "address": "aws_security_group.s", "values": {"ingress": ingress}, "unknown": []}

test_ssh_from_world_denied if {
	count(rule.deny) == 1 with input as sg([{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])
}

test_all_traffic_denied if {
	count(rule.deny) == 1 with input as sg([{"from_port": 0, "to_port": 0, "protocol": "-1", "ipv6_cidr_blocks": ["::/0"]}])
}

test_https_from_world_allowed if {
	count(rule.deny) == 0 with input as sg([{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}])
}

test_ssh_from_office_allowed if {
	count(rule.deny) == 0 with input as sg([{"from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/8"]}])
}
