package tollgate.azure.redis_cache_public_network_test

import rego.v1

import data.tollgate.azure.redis_cache_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_redis_cache", "address": "azurerm_redis_cache.x", "kind": "terraform", "values": {"name": "failing-redis-cache-", "location": "westeurope", "resource_group_name": "rg-app", "capacity": 1, "family": "C", "sku_name": "Standard"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_redis_cache", "address": "azurerm_redis_cache.x", "kind": "terraform", "values": {"name": "passing-redis-cache-", "location": "westeurope", "resource_group_name": "rg-app", "capacity": 1, "family": "C", "sku_name": "Standard", "public_network_access_enabled": false}, "unknown": []}
}
