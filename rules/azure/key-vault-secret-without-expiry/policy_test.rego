package tollgate.azure.key_vault_secret_without_expiry_test

import rego.v1

import data.tollgate.azure.key_vault_secret_without_expiry as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_key_vault_secret", "address": "azurerm_key_vault_secret.x", "kind": "terraform", "values": {"name": "db-password", "key_vault_id": "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme", "value_wo": "set-by-pipeline", "value_wo_version": 1}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault_secret", "address": "azurerm_key_vault_secret.x", "kind": "terraform", "values": {"name": "db-password", "key_vault_id": "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme", "value_wo": "set-by-pipeline", "value_wo_version": 1, "expiration_date": "2027-12-31T00:00:00Z"}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault_secret", "address": "azurerm_key_vault_secret.x", "kind": "terraform", "values": {"name": "db-password", "key_vault_id": "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme", "value_wo": "set-by-pipeline", "value_wo_version": 1}, "unknown": ["expiration_date"]}
}
