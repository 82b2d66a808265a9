package tollgate.gcp.compute_instance_secure_boot_disabled_test

import rego.v1

import data.tollgate.gcp.compute_instance_secure_boot_disabled as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"shielded_instance_config": [{"enable_secure_boot": true}]}, "unknown": []}
}
