# METADATA
# title: Cloud SQL PostgreSQL does not log checkpoints
# description: "The PostgreSQL instance's `log_checkpoints` database flag is not `on`."
# custom:
#   id: GCP040
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gcp-v2.0: ["6.2.1"]
#   why: "Checkpoint logs show write pressure and recovery times; without them, performance incidents and crash recovery cannot be explained."
#   remediation: "Add `database_flags { name = \"log_checkpoints\", value = \"on\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "log_checkpoints"
#         value = "on"
#       }
#     }
package tollgate.gcp.sql_postgres_log_checkpoints_off

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s does not set the log_checkpoints flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "POSTGRES")
	not lib.unknown("settings")
	not "on" in gcp.database_flag(input.values, "log_checkpoints")
}
