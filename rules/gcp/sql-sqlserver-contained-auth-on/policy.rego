# METADATA
# title: Cloud SQL Server allows contained database authentication
# description: "The SQL Server instance sets the `contained database authentication` database flag to `on`."
# custom:
#   id: GCP051
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.3.7"]
#   why: "Contained users authenticate inside a database, bypassing server-level login policies and audits."
#   remediation: "Add `database_flags { name = \"contained database authentication\", value = \"off\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "contained database authentication"
#         value = "off"
#       }
#     }
package tollgate.gcp.sql_sqlserver_contained_auth_on

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s sets the contained database authentication flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "SQLSERVER")
	not lib.unknown("settings")
	some value in gcp.database_flag(input.values, "contained database authentication")
	value in {"on"}
}
