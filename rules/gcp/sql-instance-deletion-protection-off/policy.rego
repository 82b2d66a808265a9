# METADATA
# title: Cloud SQL instance turns deletion protection off
# description: "The instance sets `deletion_protection = false` (the provider's default is true)."
# custom:
#   id: GCP029
#   severity: low
#   resource_types: [google_sql_database_instance]
#   tags: [cloud-sql, recovery]
#   frameworks:
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9"]
#   why: "With the guard off, one `terraform destroy` or a replacement plan deletes the database and its data."
#   remediation: "Remove `deletion_protection = false` (true is the default) or set it to true."
#   example: |
#     resource "google_sql_database_instance" "main" {
#       name                = "orders"
#       database_version    = "POSTGRES_16"
#       region              = "europe-west1"
#       deletion_protection = true
#     }
package tollgate.gcp.sql_instance_deletion_protection_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s can be deleted by Terraform (deletion_protection is false)", [input.address]), "attribute": "deletion_protection", "fix": {"set": {"deletion_protection": true}, "risk": "medium"}} if {
	input.type == "google_sql_database_instance"
	input.values.deletion_protection == false
}
