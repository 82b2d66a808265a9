package tollgate.gcp.gke_shielded_nodes_disabled_test

import rego.v1

import data.tollgate.gcp.gke_shielded_nodes_disabled as rule

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"enable_shielded_nodes": false}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}
