package tollgate.azure.storage_account_cross_tenant_replication_test

import rego.v1

import data.tollgate.azure.storage_account_cross_tenant_replication as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"name": "failing-storage-acco", "location": "westeurope", "resource_group_name": "rg-app", "account_tier": "Standard", "account_replication_type": "GRS", "cross_tenant_replication_enabled": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"name": "passing-storage-acco", "location": "westeurope", "resource_group_name": "rg-app", "account_tier": "Standard", "account_replication_type": "GRS", "cross_tenant_replication_enabled": false}, "unknown": []}
}
