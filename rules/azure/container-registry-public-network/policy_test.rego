package tollgate.azure.container_registry_public_network_test

import rego.v1

import data.tollgate.azure.container_registry_public_network as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "acmeregistry", "resource_group_name": "acme", "location": "westeurope", "sku": "Premium"}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "acmeregistry", "resource_group_name": "acme", "location": "westeurope", "sku": "Premium", "public_network_access_enabled": false}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "acmeregistry", "resource_group_name": "acme", "location": "westeurope", "sku": "Premium"}, "unknown": ["public_network_access_enabled"]}
}

test_explicitly_unsafe_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_container_registry", "address": "azurerm_container_registry.x", "kind": "terraform", "values": {"name": "acmeregistry", "resource_group_name": "acme", "location": "westeurope", "sku": "Premium", "public_network_access_enabled": true}, "unknown": []}
}
