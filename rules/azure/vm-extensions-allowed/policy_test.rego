package tollgate.azure.vm_extensions_allowed_test

import rego.v1

import data.tollgate.azure.vm_extensions_allowed as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_linux_virtual_machine", "address": "azurerm_linux_virtual_machine.x", "kind": "terraform", "values": {"name": "failing-vm-extension", "location": "westeurope", "resource_group_name": "rg-app", "size": "Standard_B2s", "admin_username": "azureuser", "network_interface_ids": ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/network_interface/vm"]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_virtual_machine", "address": "azurerm_linux_virtual_machine.x", "kind": "terraform", "values": {"name": "passing-vm-extension", "location": "westeurope", "resource_group_name": "rg-app", "size": "Standard_B2s", "admin_username": "azureuser", "network_interface_ids": ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/network_interface/vm"], "allow_extension_operations": false}, "unknown": []}
}
