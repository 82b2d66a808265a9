package tollgate.azure.machine_learning_workspace_public_network_test

import rego.v1

import data.tollgate.azure.machine_learning_workspace_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_machine_learning_workspace", "address": "azurerm_machine_learning_workspace.x", "kind": "terraform", "values": {"name": "failing-machine-lear", "location": "westeurope", "resource_group_name": "rg-app", "application_insights_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/application_insights/ml", "key_vault_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/key_vault/ml", "storage_account_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/storage_account/ml", "identity": [{"type": "SystemAssigned"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_machine_learning_workspace", "address": "azurerm_machine_learning_workspace.x", "kind": "terraform", "values": {"name": "passing-machine-lear", "location": "westeurope", "resource_group_name": "rg-app", "application_insights_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/application_insights/ml", "key_vault_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/key_vault/ml", "storage_account_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/storage_account/ml", "public_network_access_enabled": false, "identity": [{"type": "SystemAssigned"}]}, "unknown": []}
}
