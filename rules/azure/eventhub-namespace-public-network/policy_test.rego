package tollgate.azure.eventhub_namespace_public_network_test

import rego.v1

import data.tollgate.azure.eventhub_namespace_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_eventhub_namespace", "address": "azurerm_eventhub_namespace.x", "kind": "terraform", "values": {"name": "failing-eventhub-nam", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Standard", "minimum_tls_version": "1.2"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_eventhub_namespace", "address": "azurerm_eventhub_namespace.x", "kind": "terraform", "values": {"name": "passing-eventhub-nam", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Standard", "minimum_tls_version": "1.2", "public_network_access_enabled": false}, "unknown": []}
}
