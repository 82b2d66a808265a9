# METADATA
# title: Cloud SQL Server allows remote access procedures
# description: "The SQL Server instance sets the `remote access` database flag to `on`."
# custom:
#   id: GCP050
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.3.5"]
#   why: "`remote access` lets stored procedures run on remote servers, which can be abused to run code or move data elsewhere."
#   remediation: "Add `database_flags { name = \"remote access\", value = \"off\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "remote access"
#         value = "off"
#       }
#     }
package tollgate.gcp.sql_sqlserver_remote_access_on

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s sets the remote access flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "SQLSERVER")
	not lib.unknown("settings")
	some value in gcp.database_flag(input.values, "remote access")
	value in {"on"}
}
