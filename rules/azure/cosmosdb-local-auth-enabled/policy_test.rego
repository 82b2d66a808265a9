package tollgate.azure.cosmosdb_local_auth_enabled_test

import rego.v1

import data.tollgate.azure.cosmosdb_local_auth_enabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_cosmosdb_account", "address": "azurerm_cosmosdb_account.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_cosmosdb_account", "address": "azurerm_cosmosdb_account.x", "kind": "terraform", "values": {"local_authentication_disabled": true}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_cosmosdb_account", "address": "azurerm_cosmosdb_account.x", "kind": "terraform", "values": {}, "unknown": ["local_authentication_disabled"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_cosmosdb_account", "address": "azurerm_cosmosdb_account.x", "kind": "terraform", "values": {"local_authentication_disabled": false}, "unknown": []}
}
