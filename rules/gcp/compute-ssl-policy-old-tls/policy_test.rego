package tollgate.gcp.compute_ssl_policy_old_tls_test

import rego.v1

import data.tollgate.gcp.compute_ssl_policy_old_tls as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_ssl_policy", "address": "google_compute_ssl_policy.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_ssl_policy", "address": "google_compute_ssl_policy.x", "kind": "terraform", "values": {"min_tls_version": "TLS_1_2"}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "google_compute_ssl_policy", "address": "google_compute_ssl_policy.x", "kind": "terraform", "values": {}, "unknown": ["min_tls_version"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_ssl_policy", "address": "google_compute_ssl_policy.x", "kind": "terraform", "values": {"min_tls_version": "TLS_1_0"}, "unknown": []}
}
