package tollgate.gcp.gke_node_metadata_exposed_test

import rego.v1

import data.tollgate.gcp.gke_node_metadata_exposed as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {"name": "pool", "cluster": "apps", "node_config": [{"machine_type": "e2-standard-4", "workload_metadata_config": [{"mode": "GCE_METADATA"}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {"name": "pool-ok", "cluster": "apps", "node_config": [{"machine_type": "e2-standard-4", "workload_metadata_config": [{"mode": "GKE_METADATA"}]}]}, "unknown": []}
}
