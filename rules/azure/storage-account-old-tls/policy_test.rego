package tollgate.azure.storage_account_old_tls_test

import rego.v1

import data.tollgate.azure.storage_account_old_tls as rule

test_old_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"min_tls_version": "TLS1_0"}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_tls12_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"min_tls_version": "TLS1_2"}, "unknown": []}
}
