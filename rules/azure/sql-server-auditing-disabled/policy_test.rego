package tollgate.azure.sql_server_auditing_disabled_test

import rego.v1

import data.tollgate.azure.sql_server_auditing_disabled as rule

server := {"type": "azurerm_mssql_server", "kind": "terraform", "address": "azurerm_mssql_server.sql", "values": {}, "references": {}, "source": {"file": "main.tf"}}

test_unaudited_denied if {
	count(rule.deny) == 1 with input as {"resources": [server]}
}

test_audited_allowed if {
	policy := {"type": "azurerm_mssql_server_extended_auditing_policy", "kind": "terraform", "address": "azurerm_mssql_server_extended_auditing_policy.a", "values": {}, "references": {"server_id": ["azurerm_mssql_server.sql"]}, "source": {"file": "main.tf"}}
	count(rule.deny) == 0 with input as {"resources": [server, policy]}
}

test_disabled_policy_denied if {
	policy := {"type": "azurerm_mssql_server_extended_auditing_policy", "kind": "terraform", "address": "azurerm_mssql_server_extended_auditing_policy.a", "values": {"enabled": false}, "references": {"server_id": ["azurerm_mssql_server.sql"]}, "source": {"file": "main.tf"}}
	count(rule.deny) == 1 with input as {"resources": [server, policy]}
}
