package tollgate.azure.function_app_public_network_test

import rego.v1

import data.tollgate.azure.function_app_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_linux_function_app", "address": "azurerm_linux_function_app.x", "kind": "terraform", "values": {"name": "failing-function-app", "location": "westeurope", "resource_group_name": "rg-app", "service_plan_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/service_plan/main", "storage_account_name": "funcstore", "https_only": true, "site_config": [{}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_function_app", "address": "azurerm_linux_function_app.x", "kind": "terraform", "values": {"name": "passing-function-app", "location": "westeurope", "resource_group_name": "rg-app", "service_plan_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/service_plan/main", "storage_account_name": "funcstore", "https_only": true, "public_network_access_enabled": false, "site_config": [{}]}, "unknown": []}
}
