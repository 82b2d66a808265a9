package tollgate.gcp.cloud_function_http_allowed_test

import rego.v1

import data.tollgate.gcp.cloud_function_http_allowed as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_cloudfunctions_function", "address": "google_cloudfunctions_function.x", "kind": "terraform", "values": {"name": "api", "runtime": "python312", "entry_point": "handle", "trigger_http": true, "https_trigger_security_level": "SECURE_OPTIONAL"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_cloudfunctions_function", "address": "google_cloudfunctions_function.x", "kind": "terraform", "values": {"name": "api-ok", "runtime": "python312", "entry_point": "handle", "trigger_http": true, "https_trigger_security_level": "SECURE_ALWAYS"}, "unknown": []}
}
