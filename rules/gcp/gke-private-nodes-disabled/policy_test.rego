package tollgate.gcp.gke_private_nodes_disabled_test

import rego.v1

import data.tollgate.gcp.gke_private_nodes_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"private_cluster_config": [{"enable_private_nodes": true}]}, "unknown": []}
}
