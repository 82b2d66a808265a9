package tollgate.azure.postgresql_server_public_network_test

import rego.v1

import data.tollgate.azure.postgresql_server_public_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_postgresql_server", "address": "azurerm_postgresql_server.x", "kind": "terraform", "values": {"name": "failing-postgresql-s", "location": "westeurope", "resource_group_name": "rg-app", "sku_name": "GP_Gen5_2", "version": "11", "ssl_enforcement_enabled": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_postgresql_server", "address": "azurerm_postgresql_server.x", "kind": "terraform", "values": {"name": "passing-postgresql-s", "location": "westeurope", "resource_group_name": "rg-app", "sku_name": "GP_Gen5_2", "version": "11", "ssl_enforcement_enabled": true, "public_network_access_enabled": false}, "unknown": []}
}
