package tollgate.gcp.backend_service_logging_off_test

import rego.v1

import data.tollgate.gcp.backend_service_logging_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_compute_backend_service", "address": "google_compute_backend_service.x", "kind": "terraform", "values": {"name": "web", "protocol": "HTTPS"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_compute_backend_service", "address": "google_compute_backend_service.x", "kind": "terraform", "values": {"name": "web-ok", "protocol": "HTTPS", "log_config": [{"enable": true, "sample_rate": 1.0}]}, "unknown": []}
}
