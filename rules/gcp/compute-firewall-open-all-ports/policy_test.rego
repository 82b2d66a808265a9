package tollgate.gcp.compute_firewall_open_all_ports_test

import rego.v1

import data.tollgate.gcp.compute_firewall_open_all_ports as rule

test_all_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "all"}]}, "unknown": []}
}

test_tcp_without_ports_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp"}]}, "unknown": []}
}

test_https_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["443"]}]}, "unknown": []}
}
