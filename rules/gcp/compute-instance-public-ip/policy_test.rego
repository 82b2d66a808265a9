package tollgate.gcp.compute_instance_public_ip_test

import rego.v1

import data.tollgate.gcp.compute_instance_public_ip as rule

test_external_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"network_interface": [{"network": "default", "access_config": [{}]}]}, "unknown": []}
}

test_internal_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"network_interface": [{"network": "default"}]}, "unknown": []}
}
