package tollgate.gcp.gke_legacy_abac_enabled_test

import rego.v1

import data.tollgate.gcp.gke_legacy_abac_enabled as rule

test_abac_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"enable_legacy_abac": true}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}
