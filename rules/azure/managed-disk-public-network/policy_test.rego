package tollgate.azure.managed_disk_public_network_test

import rego.v1

import data.tollgate.azure.managed_disk_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_managed_disk", "address": "azurerm_managed_disk.x", "kind": "terraform", "values": {"name": "failing-managed-disk", "location": "westeurope", "resource_group_name": "rg-app", "storage_account_type": "Premium_LRS", "create_option": "Empty", "disk_size_gb": 128, "network_access_policy": "AllowAll"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_managed_disk", "address": "azurerm_managed_disk.x", "kind": "terraform", "values": {"name": "passing-managed-disk", "location": "westeurope", "resource_group_name": "rg-app", "storage_account_type": "Premium_LRS", "create_option": "Empty", "disk_size_gb": 128, "network_access_policy": "DenyAll"}, "unknown": []}
}
