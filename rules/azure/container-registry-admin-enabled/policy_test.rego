package tollgate.azure.container_registry_admin_enabled_test

import rego.v1

import data.tollgate.azure.container_registry_admin_enabled as rule

test_admin_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"admin_enabled": true}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {}, "unknown": []}
}
