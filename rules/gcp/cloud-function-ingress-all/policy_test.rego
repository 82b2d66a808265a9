package tollgate.gcp.cloud_function_ingress_all_test

import rego.v1

import data.tollgate.gcp.cloud_function_ingress_all as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_cloudfunctions_function", "address": "google_cloudfunctions_function.x", "kind": "terraform", "values": {"name": "worker", "runtime": "python312", "entry_point": "handle", "trigger_http": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_cloudfunctions_function", "address": "google_cloudfunctions_function.x", "kind": "terraform", "values": {"name": "worker-ok", "runtime": "python312", "entry_point": "handle", "trigger_http": true, "ingress_settings": "ALLOW_INTERNAL_ONLY"}, "unknown": []}
}
