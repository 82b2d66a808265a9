package tollgate.azure.container_registry_anonymous_pull_test

import rego.v1

import data.tollgate.azure.container_registry_anonymous_pull as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "failing-container-re", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Standard", "anonymous_pull_enabled": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "passing-container-re", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Standard"}, "unknown": []}
}
