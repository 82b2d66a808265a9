# METADATA
# title: SQL server accepts connections from public networks
# description: "An Azure SQL server does not set `public_network_access_enabled = false` (the default is true)."
# custom:
#   id: AZ007
#   severity: high
#   resource_types: [azurerm_mssql_server]
#   tags: [sql, network, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "With public network access the server's endpoint is reachable from the internet; only its firewall rules stand between the databases and password guessing."
#   remediation: "Set `public_network_access_enabled = false` and connect through a private endpoint."
#   example: |
#     resource "azurerm_mssql_server" "main" {
#       name                         = "acme-sql"
#       resource_group_name          = "acme"
#       location                     = "westeurope"
#       version                      = "12.0"
#       administrator_login          = "sqladmin"
#       administrator_login_password = var.sql_password
#       public_network_access_enabled = false
#     }
package tollgate.azure.mssql_server_public_network_access

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts connections from public networks", [input.address]), "attribute": "public_network_access_enabled", "fix": {"set": {"public_network_access_enabled": false}, "risk": "high"}} if {
	input.type in {"azurerm_mssql_server"}
	not input.values.public_network_access_enabled == false
	not lib.unknown("public_network_access_enabled")
}
