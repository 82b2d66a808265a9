package tollgate.gcp.storage_bucket_access_logging_off_test

import rego.v1

import data.tollgate.gcp.storage_bucket_access_logging_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_storage_bucket", "address": "google_storage_bucket.x", "kind": "terraform", "values": {"name": "app-data", "location": "EU", "uniform_bucket_level_access": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_storage_bucket", "address": "google_storage_bucket.x", "kind": "terraform", "values": {"name": "app-data-ok", "location": "EU", "uniform_bucket_level_access": true, "logging": [{"log_bucket": "app-logs"}]}, "unknown": []}
}
