# METADATA
# title: SQL database has transparent data encryption off
# description: "The database sets `transparent_data_encryption_enabled = false`."
# custom:
#   id: AZ032
#   severity: high
#   resource_types: [azurerm_mssql_database]
#   tags: [sql, encryption]
#   frameworks:
#     cis-azure-v2.1: ["4.1.5"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     pci-dss-v4: ["3.5.1"]
#   why: "Data files, logs and backups are written in clear: a copied backup or detached storage reveals the whole database."
#   remediation: "Remove `transparent_data_encryption_enabled = false` (TDE is on by default)."
#   example: |
#     resource "azurerm_mssql_database" "main" {
#       name      = "orders"
#       server_id = "/subscriptions/0000/resourceGroups/rg-prod/providers/Microsoft.Sql/servers/sql-prod"
#       transparent_data_encryption_enabled = true
#     }
package tollgate.azure.mssql_database_tde_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has transparent data encryption off", [input.address]), "attribute": "transparent_data_encryption_enabled", "fix": {"set": {"transparent_data_encryption_enabled": true}, "risk": "medium"}} if {
	input.type == "azurerm_mssql_database"
	input.values["transparent_data_encryption_enabled"] in {false}
}
