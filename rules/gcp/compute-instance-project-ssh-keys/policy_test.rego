package tollgate.gcp.compute_instance_project_ssh_keys_test

import rego.v1

import data.tollgate.gcp.compute_instance_project_ssh_keys as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_blocked_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {"block-project-ssh-keys": "true"}}, "unknown": []}
}

test_oslogin_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {"enable-oslogin": "TRUE"}}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {}, "unknown": ["metadata"]}
}
