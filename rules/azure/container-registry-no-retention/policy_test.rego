package tollgate.azure.container_registry_no_retention_test

import rego.v1

import data.tollgate.azure.container_registry_no_retention as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "failing-container-re", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Premium"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "passing-container-re", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Premium", "retention_policy_in_days": 7}, "unknown": []}
}
