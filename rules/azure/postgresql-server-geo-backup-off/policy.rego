# METADATA
# title: PostgreSQL or MySQL single server without geo-redundant backups
# description: "`geo_redundant_backup_enabled` is not true."
# custom:
#   id: AZ054
#   severity: low
#   resource_types: [azurerm_postgresql_server, azurerm_mysql_server]
#   tags: [database, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "Backups in the server's own region are lost with a regional outage."
#   remediation: "Set `geo_redundant_backup_enabled = true`."
#   example: |
#     geo_redundant_backup_enabled = true
package tollgate.azure.postgresql_server_geo_backup_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps its backups in one region", [input.address]), "attribute": "geo_redundant_backup_enabled"} if {
	input.type in {"azurerm_postgresql_server", "azurerm_mysql_server"}
	not lib.truthy(object.get(input.values, ["geo_redundant_backup_enabled"], null))
	not lib.non_production(input)
	not lib.unknown("geo_redundant_backup_enabled")
}
