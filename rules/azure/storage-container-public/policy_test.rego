package tollgate.azure.storage_container_public_test

import rego.v1

import data.tollgate.azure.storage_container_public as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_storage_container", "address": "azurerm_storage_container.x", "kind": "terraform", "values": {"name": "failing-storage-cont", "location": "westeurope", "resource_group_name": "rg-app", "storage_account_name": "appdata", "container_access_type": "blob"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_storage_container", "address": "azurerm_storage_container.x", "kind": "terraform", "values": {"name": "passing-storage-cont", "location": "westeurope", "resource_group_name": "rg-app", "storage_account_name": "appdata", "container_access_type": "private"}, "unknown": []}
}
