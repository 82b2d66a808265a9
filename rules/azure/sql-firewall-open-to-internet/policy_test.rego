package tollgate.azure.sql_firewall_open_to_internet_test

import rego.v1

import data.tollgate.azure.sql_firewall_open_to_internet as rule

test_everything_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_mssql_firewall_rule", "address": "azurerm_mssql_firewall_rule.x", "kind": "terraform", "values": {"start_ip_address": "0.0.0.0", "end_ip_address": "255.255.255.255"}, "unknown": []}
}

test_azure_services_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_mssql_firewall_rule", "address": "azurerm_mssql_firewall_rule.x", "kind": "terraform", "values": {"start_ip_address": "0.0.0.0", "end_ip_address": "0.0.0.0"}, "unknown": []}
}
