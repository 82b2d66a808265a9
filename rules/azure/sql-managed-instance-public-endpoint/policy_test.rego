package tollgate.azure.sql_managed_instance_public_endpoint_test

import rego.v1

import data.tollgate.azure.sql_managed_instance_public_endpoint as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_mssql_managed_instance", "address": "azurerm_mssql_managed_instance.x", "kind": "terraform", "values": {"name": "failing-sql-managed-", "location": "westeurope", "resource_group_name": "rg-app", "license_type": "BasePrice", "sku_name": "GP_Gen5", "storage_size_in_gb": 32, "subnet_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/subnet/sqlmi", "vcores": 4, "public_data_endpoint_enabled": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mssql_managed_instance", "address": "azurerm_mssql_managed_instance.x", "kind": "terraform", "values": {"name": "passing-sql-managed-", "location": "westeurope", "resource_group_name": "rg-app", "license_type": "BasePrice", "sku_name": "GP_Gen5", "storage_size_in_gb": 32, "subnet_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/subnet/sqlmi", "vcores": 4}, "unknown": []}
}
