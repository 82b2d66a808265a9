package tollgate.azure.key_vault_secret_without_content_type_test

import rego.v1

import data.tollgate.azure.key_vault_secret_without_content_type as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_key_vault_secret", "address": "azurerm_key_vault_secret.x", "kind": "terraform", "values": {"name": "failing-key-vault-se", "location": "westeurope", "resource_group_name": "rg-app", "key_vault_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/key_vault/main", "value": "placeholder-set-by-pipeline"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_key_vault_secret", "address": "azurerm_key_vault_secret.x", "kind": "terraform", "values": {"name": "passing-key-vault-se", "location": "westeurope", "resource_group_name": "rg-app", "key_vault_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/key_vault/main", "value": "placeholder-set-by-pipeline", "content_type": "password"}, "unknown": []}
}
