package tollgate.azure.key_vault_without_rbac_test

import rego.v1

import data.tollgate.azure.key_vault_without_rbac as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"name": "acme-app", "location": "westeurope", "resource_group_name": "acme", "tenant_id": "00000000-0000-0000-0000-000000000000", "sku_name": "standard", "purge_protection_enabled": true}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"name": "acme-app", "location": "westeurope", "resource_group_name": "acme", "tenant_id": "00000000-0000-0000-0000-000000000000", "sku_name": "standard", "purge_protection_enabled": true, "enable_rbac_authorization": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"name": "acme-app", "location": "westeurope", "resource_group_name": "acme", "tenant_id": "00000000-0000-0000-0000-000000000000", "sku_name": "standard", "purge_protection_enabled": true}, "unknown": ["enable_rbac_authorization"]}
}

test_explicitly_unsafe_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_key_vault", "address": "azurerm_key_vault.x", "kind": "terraform", "values": {"name": "acme-app", "location": "westeurope", "resource_group_name": "acme", "tenant_id": "00000000-0000-0000-0000-000000000000", "sku_name": "standard", "purge_protection_enabled": true, "enable_rbac_authorization": false}, "unknown": []}
}
