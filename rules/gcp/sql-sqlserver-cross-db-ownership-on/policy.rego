# METADATA
# title: Cloud SQL Server allows cross-database ownership chaining
# description: "The SQL Server instance sets the `cross db ownership chaining` database flag to `on`."
# custom:
#   id: GCP049
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.3.2"]
#   why: "Ownership chaining across databases lets a user of one database reach objects in another without being granted access."
#   remediation: "Add `database_flags { name = \"cross db ownership chaining\", value = \"off\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "cross db ownership chaining"
#         value = "off"
#       }
#     }
package tollgate.gcp.sql_sqlserver_cross_db_ownership_on

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s sets the cross db ownership chaining flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "SQLSERVER")
	not lib.unknown("settings")
	some value in gcp.database_flag(input.values, "cross db ownership chaining")
	value in {"on"}
}
