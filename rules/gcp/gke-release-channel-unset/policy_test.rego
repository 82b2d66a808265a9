package tollgate.gcp.gke_release_channel_unset_test

import rego.v1

import data.tollgate.gcp.gke_release_channel_unset as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "apps", "location": "europe-west1", "initial_node_count": 1, "release_channel": [{"channel": "UNSPECIFIED"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "apps", "location": "europe-west1", "initial_node_count": 1, "release_channel": [{"channel": "REGULAR"}]}, "unknown": []}
}
