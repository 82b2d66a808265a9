# METADATA
# title: Cloud SQL PostgreSQL does not log disconnections
# description: "The PostgreSQL instance's `log_disconnections` database flag is not `on`."
# custom:
#   id: GCP042
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gcp-v2.0: ["6.2.3"]
#   why: "Disconnection logs give each session's duration; with connection logs they reconstruct who was connected when."
#   remediation: "Add `database_flags { name = \"log_disconnections\", value = \"on\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "log_disconnections"
#         value = "on"
#       }
#     }
package tollgate.gcp.sql_postgres_log_disconnections_off

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s does not set the log_disconnections flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "POSTGRES")
	not lib.unknown("settings")
	not "on" in gcp.database_flag(input.values, "log_disconnections")
}
