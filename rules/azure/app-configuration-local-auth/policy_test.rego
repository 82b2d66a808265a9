package tollgate.azure.app_configuration_local_auth_test

import rego.v1

import data.tollgate.azure.app_configuration_local_auth as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_app_configuration", "address": "azurerm_app_configuration.x", "kind": "terraform", "values": {"name": "failing-app-configur", "location": "westeurope", "resource_group_name": "rg-app", "sku": "standard"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_app_configuration", "address": "azurerm_app_configuration.x", "kind": "terraform", "values": {"name": "passing-app-configur", "location": "westeurope", "resource_group_name": "rg-app", "sku": "standard", "local_auth_enabled": false}, "unknown": []}
}
