package tollgate.azure.synapse_workspace_without_managed_vnet_test

import rego.v1

import data.tollgate.azure.synapse_workspace_without_managed_vnet as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_synapse_workspace", "address": "azurerm_synapse_workspace.x", "kind": "terraform", "values": {"name": "failing-synapse-work", "location": "westeurope", "resource_group_name": "rg-app", "storage_data_lake_gen2_filesystem_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/storage_data_lake_gen2_filesystem/main", "sql_administrator_login": "sqladmin"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_synapse_workspace", "address": "azurerm_synapse_workspace.x", "kind": "terraform", "values": {"name": "passing-synapse-work", "location": "westeurope", "resource_group_name": "rg-app", "storage_data_lake_gen2_filesystem_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/storage_data_lake_gen2_filesystem/main", "sql_administrator_login": "sqladmin", "managed_virtual_network_enabled": true}, "unknown": []}
}
