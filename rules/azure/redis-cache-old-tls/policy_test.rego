package tollgate.azure.redis_cache_old_tls_test

import rego.v1

import data.tollgate.azure.redis_cache_old_tls as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_redis_cache", "address": "azurerm_redis_cache.x", "kind": "terraform", "values": {"minimum_tls_version": "1.0"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_redis_cache", "address": "azurerm_redis_cache.x", "kind": "terraform", "values": {"minimum_tls_version": "1.2"}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_redis_cache", "address": "azurerm_redis_cache.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}
