# METADATA
# title: RDS deletion protection is off
# description: "The database instance or Aurora cluster can be deleted without first turning protection off."
# custom:
#   id: AWS017
#   severity: low
#   resource_types: [aws_db_instance, aws_rds_cluster]
#   tags: [rds, recovery]
#   frameworks:
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9"]
#   why: "One mistaken `terraform destroy` or console click deletes the database and, unless kept, its automated backups."
#   remediation: "Set `deletion_protection = true` on production databases."
#   example: |
#     resource "aws_db_instance" "orders" {
#       engine              = "postgres"
#       instance_class      = "db.t3.medium"
#       storage_encrypted   = true
#       deletion_protection = true
#     }
package tollgate.aws.rds_deletion_protection_disabled

import rego.v1

import data.tollgate.lib

aurora(engine) if {
	is_string(engine)
	startswith(engine, "aurora")
}

deny contains {"msg": sprintf("%s can be deleted without protection", [input.address]), "attribute": "deletion_protection", "fix": {"set": {"deletion_protection": true}, "risk": "low"}} if {
	input.type in {"aws_db_instance", "aws_rds_cluster"}
	not aurora(input.values.engine)
	lib.not_true(input.values, "deletion_protection")
}

deny contains {"msg": sprintf("%s can be deleted without protection", [input.address]), "attribute": "deletion_protection", "fix": {"set": {"deletion_protection": true}, "risk": "low"}} if {
	input.type == "aws_rds_cluster"
	aurora(input.values.engine)
	lib.not_true(input.values, "deletion_protection")
}
