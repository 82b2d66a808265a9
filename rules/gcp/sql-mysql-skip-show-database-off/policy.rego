# METADATA
# title: Cloud SQL MySQL lets users list every database
# description: "The MySQL instance's `skip_show_database` database flag is not `on`."
# custom:
#   id: GCP047
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.1.2"]
#   why: "Without `skip_show_database`, any user sees the names of all databases, which helps an attacker map the estate."
#   remediation: "Add `database_flags { name = \"skip_show_database\", value = \"on\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "skip_show_database"
#         value = "on"
#       }
#     }
package tollgate.gcp.sql_mysql_skip_show_database_off

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s does not set the skip_show_database flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "MYSQL")
	not lib.unknown("settings")
	not "on" in gcp.database_flag(input.values, "skip_show_database")
}
