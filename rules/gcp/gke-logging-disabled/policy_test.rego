package tollgate.gcp.gke_logging_disabled_test

import rego.v1

import data.tollgate.gcp.gke_logging_disabled as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"logging_service": "none"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"logging_service": "logging.googleapis.com/kubernetes"}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}
