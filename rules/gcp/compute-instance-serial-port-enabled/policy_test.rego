package tollgate.gcp.compute_instance_serial_port_enabled_test

import rego.v1

import data.tollgate.gcp.compute_instance_serial_port_enabled as rule

test_enabled_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {"serial-port-enable": "true"}}, "unknown": []}
}

test_bool_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {"serial-port-enable": true}}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {}}, "unknown": []}
}

test_false_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {"serial-port-enable": "false"}}, "unknown": []}
}
