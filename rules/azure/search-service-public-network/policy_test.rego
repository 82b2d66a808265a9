package tollgate.azure.search_service_public_network_test

import rego.v1

import data.tollgate.azure.search_service_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_search_service", "address": "azurerm_search_service.x", "kind": "terraform", "values": {"name": "failing-search-servi", "location": "westeurope", "resource_group_name": "rg-app", "sku": "standard"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_search_service", "address": "azurerm_search_service.x", "kind": "terraform", "values": {"name": "passing-search-servi", "location": "westeurope", "resource_group_name": "rg-app", "sku": "standard", "public_network_access_enabled": false}, "unknown": []}
}
