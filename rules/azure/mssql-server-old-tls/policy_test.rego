package tollgate.azure.mssql_server_old_tls_test

import rego.v1

import data.tollgate.azure.mssql_server_old_tls as rule

test_old_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_mssql_server", "address": "azurerm_mssql_server.x", "kind": "terraform", "values": {"minimum_tls_version": "1.0"}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mssql_server", "address": "azurerm_mssql_server.x", "kind": "terraform", "values": {}, "unknown": []}
}
