package tollgate.azure.linux_vm_password_authentication_test

import rego.v1

import data.tollgate.azure.linux_vm_password_authentication as rule

test_password_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_linux_virtual_machine", "address": "azurerm_linux_virtual_machine.x", "kind": "terraform", "values": {"disable_password_authentication": false}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_virtual_machine", "address": "azurerm_linux_virtual_machine.x", "kind": "terraform", "values": {}, "unknown": []}
}
