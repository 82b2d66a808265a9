package tollgate.gcp.gke_client_certificate_enabled_test

import rego.v1

import data.tollgate.gcp.gke_client_certificate_enabled as rule

test_true_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"master_auth": [{"client_certificate_config": [{"issue_client_certificate": true}]}]}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}
