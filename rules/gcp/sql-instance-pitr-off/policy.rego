# METADATA
# title: Cloud SQL instance without point-in-time recovery
# description: "`settings.backup_configuration` turns neither `point_in_time_recovery_enabled` (PostgreSQL, SQL Server) nor `binary_log_enabled` (MySQL) on."
# custom:
#   id: GCP082
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "Daily backups alone lose up to a day of writes; point-in-time recovery restores to the minute before an incident."
#   remediation: "Set `point_in_time_recovery_enabled = true` (or `binary_log_enabled = true` for MySQL)."
#   example: |
#     backup_configuration {
#       enabled                        = true
#       point_in_time_recovery_enabled = true
#     }
package tollgate.gcp.sql_instance_pitr_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s cannot be restored to a point in time", [input.address]), "attribute": "settings[0].backup_configuration[0].point_in_time_recovery_enabled"} if {
	input.type == "google_sql_database_instance"
	not lib.truthy(object.get(input.values, ["settings", 0, "backup_configuration", 0, "point_in_time_recovery_enabled"], null))
	not lib.truthy(object.get(input.values, ["settings", 0, "backup_configuration", 0, "binary_log_enabled"], null))
	not lib.non_production(input)
	not lib.unknown("settings")
}
