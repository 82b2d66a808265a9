package tollgate.azure.mysql_server_ssl_disabled_test

import rego.v1

import data.tollgate.azure.mysql_server_ssl_disabled as rule

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_mysql_server", "address": "azurerm_mysql_server.x", "kind": "terraform", "values": {"ssl_enforcement_enabled": false}, "unknown": []}
}

test_true_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mysql_server", "address": "azurerm_mysql_server.x", "kind": "terraform", "values": {"ssl_enforcement_enabled": true}, "unknown": []}
}
