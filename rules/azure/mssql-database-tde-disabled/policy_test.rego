package tollgate.azure.mssql_database_tde_disabled_test

import rego.v1

import data.tollgate.azure.mssql_database_tde_disabled as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_mssql_database", "address": "azurerm_mssql_database.x", "kind": "terraform", "values": {"transparent_data_encryption_enabled": false}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mssql_database", "address": "azurerm_mssql_database.x", "kind": "terraform", "values": {"transparent_data_encryption_enabled": true}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mssql_database", "address": "azurerm_mssql_database.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}
