package tollgate.gcp.storage_bucket_uniform_access_disabled_test

import rego.v1

import data.tollgate.gcp.storage_bucket_uniform_access_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"address": "b", "values": {}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"address": "b", "values": {"uniform_bucket_level_access": true}, "unknown": []}
}
