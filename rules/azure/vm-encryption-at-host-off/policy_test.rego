package tollgate.azure.vm_encryption_at_host_off_test

import rego.v1

import data.tollgate.azure.vm_encryption_at_host_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_linux_virtual_machine", "address": "azurerm_linux_virtual_machine.x", "kind": "terraform", "values": {"name": "failing-vm-encryptio", "location": "westeurope", "resource_group_name": "rg-app", "size": "Standard_B2s", "admin_username": "azureuser", "network_interface_ids": ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/network_interface/vm"]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_virtual_machine", "address": "azurerm_linux_virtual_machine.x", "kind": "terraform", "values": {"name": "passing-vm-encryptio", "location": "westeurope", "resource_group_name": "rg-app", "size": "Standard_B2s", "admin_username": "azureuser", "network_interface_ids": ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/network_interface/vm"], "encryption_at_host_enabled": true}, "unknown": []}
}
