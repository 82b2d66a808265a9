package tollgate.gcp.gke_node_integrity_monitoring_off_test

import rego.v1

import data.tollgate.gcp.gke_node_integrity_monitoring_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {"name": "pool", "cluster": "apps", "node_config": [{"machine_type": "e2-standard-4", "shielded_instance_config": [{"enable_integrity_monitoring": false}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_container_node_pool", "address": "google_container_node_pool.x", "kind": "terraform", "values": {"name": "pool-ok", "cluster": "apps", "node_config": [{"machine_type": "e2-standard-4", "shielded_instance_config": [{"enable_integrity_monitoring": true, "enable_secure_boot": true}]}]}, "unknown": []}
}
