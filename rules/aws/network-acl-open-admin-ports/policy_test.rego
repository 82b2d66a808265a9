package tollgate.aws.network_acl_open_admin_ports_test

import rego.v1

import data.tollgate.aws.network_acl_open_admin_ports as rule

test_ssh_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_network_acl_rule", "address": "aws_network_acl_rule.x", "kind": "terraform", "values": {"egress": false, "rule_action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}, "unknown": []}
}

test_deny_rule_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_network_acl_rule", "address": "aws_network_acl_rule.x", "kind": "terraform", "values": {"egress": false, "rule_action": "deny", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}, "unknown": []}
}

test_https_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_network_acl_rule", "address": "aws_network_acl_rule.x", "kind": "terraform", "values": {"egress": false, "rule_action": "allow", "protocol": "tcp", "cidr_block": "0.0.0.0/0", "from_port": 443, "to_port": 443}, "unknown": []}
}
