package tollgate.gcp.compute_instance_default_service_account_test

import rego.v1

import data.tollgate.gcp.compute_instance_default_service_account as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"name": "web", "machine_type": "e2-small", "zone": "europe-west1-b", "service_account": [{"email": "123456789012-compute@developer.gserviceaccount.com", "scopes": ["cloud-platform"]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_compute_instance", "address": "google_compute_instance.x", "kind": "terraform", "values": {"name": "web-ok", "machine_type": "e2-small", "zone": "europe-west1-b", "service_account": [{"email": "web@app.iam.gserviceaccount.com", "scopes": ["cloud-platform"]}]}, "unknown": []}
}
