# METADATA
# title: Cloud SQL PostgreSQL logs statement text by duration
# description: "The PostgreSQL instance's `log_min_duration_statement` database flag is not `-1`."
# custom:
#   id: GCP044
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gcp-v2.0: ["6.2.7"]
#   why: "Logging statements by duration writes query text, with the literal values it carries (personal data, secrets), into logs readable by more people than the database."
#   remediation: "Add `database_flags { name = \"log_min_duration_statement\", value = \"-1\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "log_min_duration_statement"
#         value = "-1"
#       }
#     }
package tollgate.gcp.sql_postgres_statement_duration_logged

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s does not set the log_min_duration_statement flag to -1", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "POSTGRES")
	not lib.unknown("settings")
	values := gcp.database_flag(input.values, "log_min_duration_statement")
	count(values) > 0
	not "-1" in values
}
