package tollgate.gcp.gke_legacy_metadata_endpoints_test

import rego.v1

import data.tollgate.gcp.gke_legacy_metadata_endpoints as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {"name": "pool", "cluster": "apps", "node_config": [{"machine_type": "e2-standard-4", "metadata": {"disable-legacy-endpoints": "false"}}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {"name": "pool-ok", "cluster": "apps", "node_config": [{"machine_type": "e2-standard-4", "metadata": {"disable-legacy-endpoints": "true"}}]}, "unknown": []}
}
