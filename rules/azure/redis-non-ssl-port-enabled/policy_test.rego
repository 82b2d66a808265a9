package tollgate.azure.redis_non_ssl_port_enabled_test

import rego.v1

import data.tollgate.azure.redis_non_ssl_port_enabled as rule

test_enabled_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_redis_cache", "address": "azurerm_redis_cache.x", "kind": "terraform", "values": {"enable_non_ssl_port": true}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_redis_cache", "address": "azurerm_redis_cache.x", "kind": "terraform", "values": {}, "unknown": []}
}
