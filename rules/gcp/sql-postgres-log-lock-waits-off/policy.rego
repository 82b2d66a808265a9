# METADATA
# title: Cloud SQL PostgreSQL does not log lock waits
# description: "The PostgreSQL instance's `log_lock_waits` database flag is not `on`."
# custom:
#   id: GCP043
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gcp-v2.0: ["6.2.4"]
#   why: "Long lock waits are how deadlocks and blocking queries show up; without the log they stay invisible."
#   remediation: "Add `database_flags { name = \"log_lock_waits\", value = \"on\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "log_lock_waits"
#         value = "on"
#       }
#     }
package tollgate.gcp.sql_postgres_log_lock_waits_off

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s does not set the log_lock_waits flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "POSTGRES")
	not lib.unknown("settings")
	not "on" in gcp.database_flag(input.values, "log_lock_waits")
}
