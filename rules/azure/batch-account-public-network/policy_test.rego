package tollgate.azure.batch_account_public_network_test

import rego.v1

import data.tollgate.azure.batch_account_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_batch_account", "address": "azurerm_batch_account.x", "kind": "terraform", "values": {"name": "failing-batch-accoun", "location": "westeurope", "resource_group_name": "rg-app", "pool_allocation_mode": "BatchService"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_batch_account", "address": "azurerm_batch_account.x", "kind": "terraform", "values": {"name": "passing-batch-accoun", "location": "westeurope", "resource_group_name": "rg-app", "pool_allocation_mode": "BatchService", "public_network_access_enabled": false}, "unknown": []}
}
