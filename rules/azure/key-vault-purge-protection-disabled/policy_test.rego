package tollgate.azure.key_vault_purge_protection_disabled_test

import rego.v1

import data.tollgate.azure.key_vault_purge_protection_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"name": "v"}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"purge_protection_enabled": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {}, "unknown": ["purge_protection_enabled"]}
}
