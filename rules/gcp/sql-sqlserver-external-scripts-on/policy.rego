# METADATA
# title: Cloud SQL Server allows external scripts
# description: "The SQL Server instance sets the `external scripts enabled` database flag to `on`."
# custom:
#   id: GCP048
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.3.1"]
#   why: "External scripts run R and Python code inside the database server, a path from SQL injection to code execution."
#   remediation: "Add `database_flags { name = \"external scripts enabled\", value = \"off\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "external scripts enabled"
#         value = "off"
#       }
#     }
package tollgate.gcp.sql_sqlserver_external_scripts_on

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s sets the external scripts enabled flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "SQLSERVER")
	not lib.unknown("settings")
	some value in gcp.database_flag(input.values, "external scripts enabled")
	value in {"on"}
}
