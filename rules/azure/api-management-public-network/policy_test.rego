package tollgate.azure.api_management_public_network_test

import rego.v1

import data.tollgate.azure.api_management_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_api_management", "address": "azurerm_api_management.x", "kind": "terraform", "values": {"name": "failing-api-manageme", "location": "westeurope", "resource_group_name": "rg-app", "publisher_name": "Example", "publisher_email": "api@example.com", "sku_name": "Developer_1"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_api_management", "address": "azurerm_api_management.x", "kind": "terraform", "values": {"name": "passing-api-manageme", "location": "westeurope", "resource_group_name": "rg-app", "publisher_name": "Example", "publisher_email": "api@example.com", "sku_name": "Developer_1", "virtual_network_type": "Internal"}, "unknown": []}
}
