package tollgate.gcp.gke_master_authorized_networks_missing_test

import rego.v1

import data.tollgate.gcp.gke_master_authorized_networks_missing as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"master_authorized_networks_config": [{"cidr_blocks": [{"cidr_block": "203.0.113.0/24"}]}]}, "unknown": []}
}
