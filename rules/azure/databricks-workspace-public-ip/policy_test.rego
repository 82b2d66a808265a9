package tollgate.azure.databricks_workspace_public_ip_test

import rego.v1

import data.tollgate.azure.databricks_workspace_public_ip as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_databricks_workspace", "address": "azurerm_databricks_workspace.x", "kind": "terraform", "values": {"name": "failing-databricks-w", "location": "westeurope", "resource_group_name": "rg-app", "sku": "premium"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_databricks_workspace", "address": "azurerm_databricks_workspace.x", "kind": "terraform", "values": {"name": "passing-databricks-w", "location": "westeurope", "resource_group_name": "rg-app", "sku": "premium", "custom_parameters": [{"no_public_ip": true}]}, "unknown": []}
}
