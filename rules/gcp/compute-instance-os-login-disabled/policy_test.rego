package tollgate.gcp.compute_instance_os_login_disabled_test

import rego.v1

import data.tollgate.gcp.compute_instance_os_login_disabled as rule

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {"enable-oslogin": "FALSE"}}, "unknown": []}
}

test_true_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"metadata": {"enable-oslogin": "TRUE"}}, "unknown": []}
}

test_unset_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}
