# METADATA
# title: SQL server has no auditing
# description: "An `azurerm_mssql_server` has no `azurerm_mssql_server_extended_auditing_policy` that refers to it."
# custom:
#   id: AZ024
#   severity: medium
#   scope: project
#   resource_types: [azurerm_mssql_server, azurerm_mssql_server_extended_auditing_policy]
#   tags: [sql, logging, audit]
#   frameworks:
#     cis-azure-v2.1: ["4.1.1"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     nist-800-53: ["AU-2", "AU-12"]
#   why: "Without auditing there is no record of who read or changed data or logged in, for investigating a breach or for an auditor."
#   remediation: "Add an `azurerm_mssql_server_extended_auditing_policy` for the server that sends audit logs to a storage account or Log Analytics, with retention of 90 days or more."
#   example: |
#     resource "azurerm_mssql_server_extended_auditing_policy" "sql" {
#       server_id              = azurerm_mssql_server.sql.id
#       log_monitoring_enabled = true
#       retention_in_days      = 90
#     }
package tollgate.azure.sql_server_auditing_disabled

import rego.v1

import data.tollgate.lib

servers contains r if {
	some r in lib.items(input.resources)
	r.type == "azurerm_mssql_server"
	r.kind == "terraform"
}

# Servers an auditing policy refers to; a policy whose server is unknown might refer to any of them.
audited contains address if {
	some r in lib.items(input.resources)
	r.type == "azurerm_mssql_server_extended_auditing_policy"
	not r.values.enabled == false
	some address in lib.items(r.references.server_id)
}

unsure if {
	some r in lib.items(input.resources)
	r.type == "azurerm_mssql_server_extended_auditing_policy"
	count(object.get(r.references, "server_id", [])) == 0
}

deny contains {"msg": sprintf("%s has no extended auditing policy", [s.address]), "address": s.address, "file": s.source.file} if {
	some s in servers
	not s.address in audited
	not unsure
}
