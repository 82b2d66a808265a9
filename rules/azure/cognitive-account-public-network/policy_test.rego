package tollgate.azure.cognitive_account_public_network_test

import rego.v1

import data.tollgate.azure.cognitive_account_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_cognitive_account", "address": "azurerm_cognitive_account.x", "kind": "terraform", "values": {"name": "failing-cognitive-ac", "location": "westeurope", "resource_group_name": "rg-app", "kind": "OpenAI", "sku_name": "S0"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_cognitive_account", "address": "azurerm_cognitive_account.x", "kind": "terraform", "values": {"name": "passing-cognitive-ac", "location": "westeurope", "resource_group_name": "rg-app", "kind": "OpenAI", "sku_name": "S0", "public_network_access_enabled": false}, "unknown": []}
}
