# METADATA
# title: Cloud SQL Server sets user options
# description: "The SQL Server instance sets the `user options` database flag."
# custom:
#   id: GCP052
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.3.4"]
#   why: "`user options` changes session defaults for every user, which can turn off safety settings such as ANSI warnings."
#   remediation: "Add `database_flags { name = \"user options\", value = \"\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "user options"
#         value = ""
#       }
#     }
package tollgate.gcp.sql_sqlserver_user_options_set

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s sets the user options flag", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "SQLSERVER")
	not lib.unknown("settings")
	values := gcp.database_flag(input.values, "user options")
	count(values) > 0
	not "" in values
}
