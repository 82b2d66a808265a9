# METADATA
# title: Cloud SQL MySQL allows LOAD DATA LOCAL
# description: "The MySQL instance sets the `local_infile` database flag to `on`."
# custom:
#   id: GCP046
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.1.3"]
#   why: "`local_infile` lets a compromised or malicious server read files from the client's machine, and lets SQL injection load local files."
#   remediation: "Add `database_flags { name = \"local_infile\", value = \"off\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "local_infile"
#         value = "off"
#       }
#     }
package tollgate.gcp.sql_mysql_local_infile_on

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s sets the local_infile flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "MYSQL")
	not lib.unknown("settings")
	some value in gcp.database_flag(input.values, "local_infile")
	value in {"on"}
}
