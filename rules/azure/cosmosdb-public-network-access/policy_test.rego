package tollgate.azure.cosmosdb_public_network_access_test

import rego.v1

import data.tollgate.azure.cosmosdb_public_network_access as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_cosmosdb_account", "address": "azurerm_cosmosdb_account.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_false_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_cosmosdb_account", "address": "azurerm_cosmosdb_account.x", "kind": "terraform", "values": {"public_network_access_enabled": false}, "unknown": []}
}
