package tollgate.azure.linux_vmss_password_authentication_test

import rego.v1

import data.tollgate.azure.linux_vmss_password_authentication as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_linux_virtual_machine_scale_set", "address": "azurerm_linux_virtual_machine_scale_set.x", "kind": "terraform", "values": {"name": "failing-linux-vmss-p", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Standard_B2s", "instances": 2, "admin_username": "azureuser", "disable_password_authentication": false}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_virtual_machine_scale_set", "address": "azurerm_linux_virtual_machine_scale_set.x", "kind": "terraform", "values": {"name": "passing-linux-vmss-p", "location": "westeurope", "resource_group_name": "rg-app", "sku": "Standard_B2s", "instances": 2, "admin_username": "azureuser", "admin_ssh_key": [{"username": "azureuser", "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB example"}]}, "unknown": []}
}
