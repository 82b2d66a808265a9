# METADATA
# title: Cloud SQL PostgreSQL does not log connections
# description: "The PostgreSQL instance's `log_connections` database flag is not `on`."
# custom:
#   id: GCP041
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gcp-v2.0: ["6.2.2"]
#   why: "Connection logs record every attempt to reach the database, the first evidence of brute force or stolen credentials."
#   remediation: "Add `database_flags { name = \"log_connections\", value = \"on\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "log_connections"
#         value = "on"
#       }
#     }
package tollgate.gcp.sql_postgres_log_connections_off

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s does not set the log_connections flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "POSTGRES")
	not lib.unknown("settings")
	not "on" in gcp.database_flag(input.values, "log_connections")
}
