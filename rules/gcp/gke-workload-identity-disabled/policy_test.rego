package tollgate.gcp.gke_workload_identity_disabled_test

import rego.v1

import data.tollgate.gcp.gke_workload_identity_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"workload_identity_config": [{"workload_pool": "p.svc.id.goog"}]}, "unknown": []}
}

test_autopilot_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"enable_autopilot": true}, "unknown": []}
}
