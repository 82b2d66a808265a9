package tollgate.azure.mysql_flexible_server_geo_backup_off_test

import rego.v1

import data.tollgate.azure.mysql_flexible_server_geo_backup_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_mysql_flexible_server", "address": "azurerm_mysql_flexible_server.x", "kind": "terraform", "values": {"name": "failing-mysql-flexib", "location": "westeurope", "resource_group_name": "rg-app", "sku_name": "GP_Standard_D2ds_v4", "administrator_login": "dbadmin"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mysql_flexible_server", "address": "azurerm_mysql_flexible_server.x", "kind": "terraform", "values": {"name": "passing-mysql-flexib", "location": "westeurope", "resource_group_name": "rg-app", "sku_name": "GP_Standard_D2ds_v4", "administrator_login": "dbadmin", "geo_redundant_backup_enabled": true}, "unknown": []}
}
