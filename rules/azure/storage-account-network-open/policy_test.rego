package tollgate.azure.storage_account_network_open_test

import rego.v1

import data.tollgate.azure.storage_account_network_open as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_deny_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"network_rules": [{"default_action": "Deny"}]}, "unknown": []}
}

test_separate_allow_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_storage_account_network_rules", "address": "azurerm_storage_account_network_rules.x", "kind": "terraform", "values": {"default_action": "Allow"}, "unknown": []}
}
