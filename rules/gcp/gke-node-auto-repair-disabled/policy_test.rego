package tollgate.gcp.gke_node_auto_repair_disabled_test

import rego.v1

import data.tollgate.gcp.gke_node_auto_repair_disabled as rule

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {"management": [{"auto_repair": false}]}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {}, "unknown": []}
}
