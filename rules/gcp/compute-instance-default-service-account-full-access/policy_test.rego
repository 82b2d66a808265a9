package tollgate.gcp.compute_instance_default_service_account_full_access_test

import rego.v1

import data.tollgate.gcp.compute_instance_default_service_account_full_access as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"service_account": [{"scopes": ["cloud-platform"]}]}, "unknown": []}
}

test_dedicated_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"service_account": [{"email": "app@acme.iam.gserviceaccount.com", "scopes": ["cloud-platform"]}]}, "unknown": []}
}
