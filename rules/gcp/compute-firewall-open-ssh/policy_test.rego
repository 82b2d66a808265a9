package tollgate.gcp.compute_firewall_open_ssh_test

import rego.v1

import data.tollgate.gcp.compute_firewall_open_ssh as rule

fw(ports, ranges) := {"address": "f", "values": {"source_ranges": ranges, "allow": [{"protocol": "tcp", "ports": ports}]}}

test_ssh_from_world_denied if {
	count(rule.deny) == 1 with input as fw(["22"], ["0.0.0.0/0"])
}

test_port_range_denied if {
	count(rule.deny) == 1 with input as fw(["1-1000"], ["0.0.0.0/0"])
}

test_iap_range_allowed if {
	count(rule.deny) == 0 with input as fw(["22"], ["35.235.240.0/20"])
}
