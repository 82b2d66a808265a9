package tollgate.azure.key_vault_soft_delete_short_test

import rego.v1

import data.tollgate.azure.key_vault_soft_delete_short as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"name": "failing-key-vault-so", "location": "westeurope", "resource_group_name": "rg-app", "tenant_id": "00000000-0000-0000-0000-000000000000", "sku_name": "standard", "purge_protection_enabled": true, "soft_delete_retention_days": 7}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"name": "passing-key-vault-so", "location": "westeurope", "resource_group_name": "rg-app", "tenant_id": "00000000-0000-0000-0000-000000000000", "sku_name": "standard", "purge_protection_enabled": true, "soft_delete_retention_days": 90}, "unknown": []}
}
