package tollgate.azure.iothub_public_network_test

import rego.v1

import data.tollgate.azure.iothub_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_iothub", "address": "azurerm_iothub.x", "kind": "terraform", "values": {"name": "failing-iothub-publi", "location": "westeurope", "resource_group_name": "rg-app", "sku": [{"name": "S1", "capacity": 1}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_iothub", "address": "azurerm_iothub.x", "kind": "terraform", "values": {"name": "passing-iothub-publi", "location": "westeurope", "resource_group_name": "rg-app", "sku": [{"name": "S1", "capacity": 1}], "public_network_access_enabled": false}, "unknown": []}
}
