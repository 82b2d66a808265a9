package tollgate.gcp.vertex_notebook_public_ip_test

import rego.v1

import data.tollgate.gcp.vertex_notebook_public_ip as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_workbench_instance", "address": "google_workbench_instance.x", "kind": "terraform", "values": {"name": "lab", "location": "europe-west1-b", "gce_setup": [{"machine_type": "e2-standard-4"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_workbench_instance", "address": "google_workbench_instance.x", "kind": "terraform", "values": {"name": "lab-ok", "location": "europe-west1-b", "gce_setup": [{"machine_type": "e2-standard-4", "disable_public_ip": true}]}, "unknown": []}
}
