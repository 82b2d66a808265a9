package tollgate.gcp.compute_firewall_open_rdp_test

import rego.v1

import data.tollgate.gcp.compute_firewall_open_rdp as rule

test_rdp_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["3389"]}]}, "unknown": []}
}

test_iap_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"source_ranges": ["35.235.240.0/20"], "allow": [{"protocol": "tcp", "ports": ["3389"]}]}, "unknown": []}
}

test_https_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["443"]}]}, "unknown": []}
}
