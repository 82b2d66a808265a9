package tollgate.gcp.redis_instance_transit_unencrypted_test

import rego.v1

import data.tollgate.gcp.redis_instance_transit_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_redis_instance", "address": "google_redis_instance.x", "kind": "terraform", "values": {"name": "cache", "memory_size_gb": 1, "tier": "STANDARD_HA"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_redis_instance", "address": "google_redis_instance.x", "kind": "terraform", "values": {"name": "cache-ok", "memory_size_gb": 1, "tier": "STANDARD_HA", "transit_encryption_mode": "SERVER_AUTHENTICATION"}, "unknown": []}
}
