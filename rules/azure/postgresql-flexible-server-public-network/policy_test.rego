package tollgate.azure.postgresql_flexible_server_public_network_test

import rego.v1

import data.tollgate.azure.postgresql_flexible_server_public_network as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_postgresql_flexible_server", "address": "azurerm_postgresql_flexible_server.x", "kind": "terraform", "values": {"public_network_access_enabled": true}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_postgresql_flexible_server", "address": "azurerm_postgresql_flexible_server.x", "kind": "terraform", "values": {"public_network_access_enabled": false}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_postgresql_flexible_server", "address": "azurerm_postgresql_flexible_server.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}
