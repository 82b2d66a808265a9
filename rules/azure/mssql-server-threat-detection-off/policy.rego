# METADATA
# title: SQL server security alert policy turned off
# description: "An `azurerm_mssql_server_security_alert_policy` sets `state = \"Disabled\"`."
# custom:
#   id: AZ050
#   severity: medium
#   resource_types: [azurerm_mssql_server_security_alert_policy]
#   tags: [sql, monitoring]
#   frameworks:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#     cis-azure-v2.1: ["4.2.1"]
#   why: "Threat detection alerts on SQL injection, anomalous logins and data exfiltration; with it off, attacks on the database go unnoticed."
#   remediation: "Set `state = \"Enabled\"` and `email_account_admins = true`."
#   example: |
#     state                = "Enabled"
#     email_account_admins = true
package tollgate.azure.mssql_server_threat_detection_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s turns threat detection alerts off", [input.address]), "attribute": "state", "fix": {"set": {"state": "Enabled"}, "risk": "low"}} if {
	input.type == "azurerm_mssql_server_security_alert_policy"
	lower(sprintf("%v", [object.get(input.values, ["state"], null)])) in {"disabled"}
	not lib.unknown("state")
}
