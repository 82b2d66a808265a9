package tollgate.azure.key_vault_network_open_test

import rego.v1

import data.tollgate.azure.key_vault_network_open as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_deny_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"network_acls": [{"default_action": "Deny"}]}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"public_network_access_enabled": false}, "unknown": []}
}
