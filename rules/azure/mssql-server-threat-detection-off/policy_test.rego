package tollgate.azure.mssql_server_threat_detection_off_test

import rego.v1

import data.tollgate.azure.mssql_server_threat_detection_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_mssql_server_security_alert_policy", "address": "azurerm_mssql_server_security_alert_policy.x", "kind": "terraform", "values": {"name": "failing-mssql-server", "location": "westeurope", "resource_group_name": "rg-app", "server_name": "sql-app", "state": "Disabled"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mssql_server_security_alert_policy", "address": "azurerm_mssql_server_security_alert_policy.x", "kind": "terraform", "values": {"name": "passing-mssql-server", "location": "westeurope", "resource_group_name": "rg-app", "server_name": "sql-app", "state": "Enabled", "email_account_admins": true}, "unknown": []}
}
