package tollgate.gcp.compute_firewall_logging_off_test

import rego.v1

import data.tollgate.gcp.compute_firewall_logging_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"name": "allow-https", "network": "vpc", "source_ranges": ["10.0.0.0/8"], "allow": [{"protocol": "tcp", "ports": ["443"]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_compute_firewall", "address": "google_compute_firewall.x", "kind": "terraform", "values": {"name": "allow-https-ok", "network": "vpc", "source_ranges": ["10.0.0.0/8"], "allow": [{"protocol": "tcp", "ports": ["443"]}], "log_config": [{"metadata": "INCLUDE_ALL_METADATA"}]}, "unknown": []}
}
