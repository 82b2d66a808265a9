package tollgate.gcp.gke_alpha_cluster_test

import rego.v1

import data.tollgate.gcp.gke_alpha_cluster as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "apps", "location": "europe-west1", "initial_node_count": 1, "enable_kubernetes_alpha": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "apps", "location": "europe-west1", "initial_node_count": 1}, "unknown": []}
}
