package tollgate.azure.mssql_server_without_entra_admin_test

import rego.v1

import data.tollgate.azure.mssql_server_without_entra_admin as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_mssql_server", "address": "azurerm_mssql_server.x", "kind": "terraform", "values": {"name": "s"}, "unknown": []}
}

test_admin_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mssql_server", "address": "azurerm_mssql_server.x", "kind": "terraform", "values": {"azuread_administrator": [{"login_username": "g"}]}, "unknown": []}
}
