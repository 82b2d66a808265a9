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

deny contains {"msg": sprintf("%s does not set the skip_show_database flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "MYSQL")
	not lib.unknown("settings")
	bad_setting
}

# The flag's value, "" when the instance does not set it.
flag_value := value if {
	some settings in lib.list(input.values, "settings")
	some flag in lib.list(settings, "database_flags")
	flag.name == "skip_show_database"
	value := lower(sprintf("%v", [flag.value]))
}

flag_value := "" if not any_flag

any_flag if {
	some settings in lib.list(input.values, "settings")
	some flag in lib.list(settings, "database_flags")
	flag.name == "skip_show_database"
}

bad_setting if flag_value != "on"
