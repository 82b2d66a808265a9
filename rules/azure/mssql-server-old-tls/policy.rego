# METADATA
# title: SQL server accepts TLS older than 1.2
# description: "An Azure SQL server sets `minimum_tls_version` to 1.0 or 1.1 (or `Disabled`)."
# custom:
#   id: AZ008
#   severity: medium
#   resource_types: [azurerm_mssql_server]
#   tags: [sql, tls, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Clients that negotiate TLS 1.0 or 1.1 expose queries and credentials to known protocol weaknesses."
#   remediation: "Set `minimum_tls_version = \"1.2\"` (the provider default)."
#   example: |
#     resource "azurerm_mssql_server" "main" {
#       name                         = "acme-sql"
#       resource_group_name          = "acme"
#       location                     = "westeurope"
#       version                      = "12.0"
#       administrator_login          = "sqladmin"
#       administrator_login_password = var.sql_password
#       minimum_tls_version          = "1.2"
#     }
package tollgate.azure.mssql_server_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts TLS older than 1.2", [input.address]), "attribute": "minimum_tls_version", "fix": {"set": {"minimum_tls_version": "1.2"}, "risk": "low"}} if {
	input.type in {"azurerm_mssql_server"}
	input.values.minimum_tls_version in {"1.0", "1.1", "Disabled"}
}
