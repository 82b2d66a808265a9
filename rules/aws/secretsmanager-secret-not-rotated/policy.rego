# METADATA
# title: Secrets Manager secret is never rotated
# description: "A secret declared in the code has no `aws_secretsmanager_secret_rotation` (and no inline rotation)."
# custom:
#   id: AWS062
#   severity: medium
#   scope: project
#   resource_types: [aws_secretsmanager_secret, aws_secretsmanager_secret_rotation]
#   tags: [secrets, rotation]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.9"]
#     nist-800-53: ["IA-5(1)"]
#   why: "A secret that never changes stays valid after every leak, departure and copy into a laptop."
#   remediation: "Add an `aws_secretsmanager_secret_rotation` with a rotation Lambda and `rotation_rules { automatically_after_days = 30 }`."
#   example: |
#     resource "aws_secretsmanager_secret_rotation" "db" {
#       secret_id           = aws_secretsmanager_secret.db.id
#       rotation_lambda_arn = aws_lambda_function.rotate.arn
#       rotation_rules {
#         automatically_after_days = 30
#       }
#     }
package tollgate.aws.secretsmanager_secret_not_rotated

import rego.v1

import data.tollgate.lib

secrets contains r if {
	some r in lib.items(input.resources)
	r.type == "aws_secretsmanager_secret"
	r.kind == "terraform"
}

rotated contains address if {
	some r in lib.items(input.resources)
	r.type == "aws_secretsmanager_secret_rotation"
	some address in lib.items(r.references.secret_id)
}

deny contains {"msg": sprintf("%s is never rotated", [s.address]), "address": s.address, "file": s.source.file} if {
	some s in secrets
	not s.address in rotated
	not s.values.rotation_lambda_arn
}
