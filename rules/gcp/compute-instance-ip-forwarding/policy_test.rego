package tollgate.gcp.compute_instance_ip_forwarding_test

import rego.v1

import data.tollgate.gcp.compute_instance_ip_forwarding as rule

test_forwarding_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"can_ip_forward": true}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}
