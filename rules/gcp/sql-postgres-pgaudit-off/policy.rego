# METADATA
# title: Cloud SQL PostgreSQL without pgAudit
# description: "The PostgreSQL instance's `cloudsql.enable_pgaudit` database flag is not `on`."
# custom:
#   id: GCP045
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, database-flags]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["6.2.8"]
#   why: "pgAudit records who read and changed which data; without it, database access cannot be audited."
#   remediation: "Add `database_flags { name = \"cloudsql.enable_pgaudit\", value = \"on\" }` to `settings`."
#   example: |
#     settings {
#       database_flags {
#         name  = "cloudsql.enable_pgaudit"
#         value = "on"
#       }
#     }
package tollgate.gcp.sql_postgres_pgaudit_off

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.gcp

deny contains {"msg": sprintf("%s does not set the cloudsql.enable_pgaudit flag to on", [input.address]), "attribute": "settings[0].database_flags"} if {
	input.type == "google_sql_database_instance"
	startswith(object.get(input.values, "database_version", ""), "POSTGRES")
	not lib.unknown("settings")
	not "on" in gcp.database_flag(input.values, "cloudsql.enable_pgaudit")
}
