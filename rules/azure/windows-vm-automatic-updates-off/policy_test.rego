package tollgate.azure.windows_vm_automatic_updates_off_test

import rego.v1

import data.tollgate.azure.windows_vm_automatic_updates_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_windows_virtual_machine", "address": "azurerm_windows_virtual_machine.x", "kind": "terraform", "values": {"name": "failing-windows-vm-a", "location": "westeurope", "resource_group_name": "rg-app", "size": "Standard_B2s", "admin_username": "azureuser", "automatic_updates_enabled": false}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_windows_virtual_machine", "address": "azurerm_windows_virtual_machine.x", "kind": "terraform", "values": {"name": "passing-windows-vm-a", "location": "westeurope", "resource_group_name": "rg-app", "size": "Standard_B2s", "admin_username": "azureuser", "automatic_updates_enabled": true}, "unknown": []}
}
