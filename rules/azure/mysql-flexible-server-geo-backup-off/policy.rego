# METADATA
# title: MySQL flexible server without geo-redundant backups
# description: "`geo_redundant_backup_enabled` is not true."
# custom:
#   id: AZ051
#   severity: low
#   resource_types: [azurerm_mysql_flexible_server, azurerm_postgresql_flexible_server]
#   tags: [database, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "Backups in the server's own region are lost with a regional outage; geo-redundant backups restore into the paired region."
#   remediation: "Set `geo_redundant_backup_enabled = true` when creating the server."
#   example: |
#     geo_redundant_backup_enabled = true
package tollgate.azure.mysql_flexible_server_geo_backup_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps its backups in one region", [input.address]), "attribute": "geo_redundant_backup_enabled"} if {
	input.type in {"azurerm_mysql_flexible_server", "azurerm_postgresql_flexible_server"}
	not lib.truthy(object.get(input.values, ["geo_redundant_backup_enabled"], null))
	not lib.non_production(input)
	not lib.unknown("geo_redundant_backup_enabled")
}
