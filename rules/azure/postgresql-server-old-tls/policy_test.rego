package tollgate.azure.postgresql_server_old_tls_test

import rego.v1

import data.tollgate.azure.postgresql_server_old_tls as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_postgresql_server", "address": "azurerm_postgresql_server.x", "kind": "terraform", "values": {"name": "failing-postgresql-s", "location": "westeurope", "resource_group_name": "rg-app", "sku_name": "GP_Gen5_2", "version": "11", "ssl_enforcement_enabled": true, "ssl_minimal_tls_version_enforced": "TLS1_0"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_postgresql_server", "address": "azurerm_postgresql_server.x", "kind": "terraform", "values": {"name": "passing-postgresql-s", "location": "westeurope", "resource_group_name": "rg-app", "sku_name": "GP_Gen5_2", "version": "11", "ssl_enforcement_enabled": true, "ssl_minimal_tls_version_enforced": "TLS1_2"}, "unknown": []}
}
