package tollgate.azure.storage_account_shared_key_access_test

import rego.v1

import data.tollgate.azure.storage_account_shared_key_access as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"name": "failing-storage-acco", "location": "westeurope", "resource_group_name": "rg-app", "account_tier": "Standard", "account_replication_type": "GRS"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"name": "passing-storage-acco", "location": "westeurope", "resource_group_name": "rg-app", "account_tier": "Standard", "account_replication_type": "GRS", "shared_access_key_enabled": false}, "unknown": []}
}
