package tollgate.gcp.gke_network_policy_disabled_test

import rego.v1

import data.tollgate.gcp.gke_network_policy_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "c"}, "unknown": []}
}

test_calico_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"network_policy": [{"enabled": true, "provider": "CALICO"}]}, "unknown": []}
}

test_dataplane_v2_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"datapath_provider": "ADVANCED_DATAPATH"}, "unknown": []}
}

test_autopilot_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"enable_autopilot": true}, "unknown": []}
}
