# METADATA
# title: Cloud SQL instance has automated backups turned off
# description: "A Cloud SQL primary instance does not set `backup_configuration { enabled = true }`."
# custom:
#   id: GCP009
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloudsql, backup, resilience]
#   frameworks:
#     cis-gcp-v2.0: ["6.7"]
#     soc2: ["A1.2"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     nist-800-53: ["CP-9"]
#   why: "Without automated backups a dropped table, a bad migration or a deleted instance cannot be restored."
#   remediation: "Set `enabled = true` (and `point_in_time_recovery_enabled = true`) in `settings.backup_configuration`."
#   example: |
#     resource "google_sql_database_instance" "main" {
#       name             = "main"
#       database_version = "POSTGRES_15"
#
#       settings {
#         tier = "db-custom-2-7680"
#         backup_configuration {
#           enabled = true
#         }
#       }
#     }
package tollgate.gcp.sql_instance_backups_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has automated backups turned off", [input.address]), "attribute": "settings[0].backup_configuration[0].enabled", "fix": {"set": {"settings[0].backup_configuration[0].enabled": true}, "risk": "low", "cost_may_rise": true}} if {
	input.type in {"google_sql_database_instance"}
	input.values.settings[0]
	not input.values.master_instance_name
	not lib.unknown("master_instance_name")
	not input.values.settings[0].backup_configuration[0].enabled == true
	not lib.unknown("settings[0].backup_configuration")
	not lib.unknown("settings[0].backup_configuration[0].enabled")
}
