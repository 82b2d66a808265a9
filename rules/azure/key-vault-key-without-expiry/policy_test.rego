package tollgate.azure.key_vault_key_without_expiry_test

import rego.v1

import data.tollgate.azure.key_vault_key_without_expiry as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_key_vault_key", "address": "azurerm_key_vault_key.x", "kind": "terraform", "values": {"name": "data", "key_vault_id": "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme", "key_type": "RSA", "key_size": 2048, "key_opts": ["wrapKey", "unwrapKey"]}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault_key", "address": "azurerm_key_vault_key.x", "kind": "terraform", "values": {"name": "data", "key_vault_id": "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme", "key_type": "RSA", "key_size": 2048, "key_opts": ["wrapKey", "unwrapKey"], "expiration_date": "2027-12-31T00:00:00Z"}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault_key", "address": "azurerm_key_vault_key.x", "kind": "terraform", "values": {"name": "data", "key_vault_id": "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme", "key_type": "RSA", "key_size": 2048, "key_opts": ["wrapKey", "unwrapKey"]}, "unknown": ["expiration_date"]}
}
