# METADATA
# title: ECR repository policy allows everyone
# description: "A repository policy statement allows the principal `*` without a condition."
# custom:
#   id: AWS070
#   severity: critical
#   resource_types: [aws_ecr_repository_policy]
#   tags: [ecr, access, supply-chain]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Any AWS account, or anyone at all, gets the statement's actions on the repository."
#   remediation: "Name the accounts, roles or services that need access, or add conditions such as `aws:SourceArn` or `aws:PrincipalOrgID`."
#   example: |
#     resource "aws_ecr_repository_policy" "shared" {
#       repository = "shared"
#       policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Effect    = "Allow"
#           Principal = { AWS = "arn:aws:iam::210987654321:root" }
#           Action    = "ecr:BatchGetImage"
#           Resource  = "*"
#         }]
#       })
#     }
package tollgate.aws.ecr_repository_policy_public

import rego.v1

import data.tollgate.lib.aws

open_statement(policy) := statement if {
	some statement in aws.statements(policy)
	statement.Effect == "Allow"
	aws.everyone(statement.Principal)
	not statement.Condition
}

deny contains {"msg": sprintf("%s allows everyone %s", [input.address, concat(", ", aws.values_of(statement, "Action"))]), "attribute": "policy"} if {
	input.type in {"aws_ecr_repository_policy"}
	statement := open_statement(input.values.policy)
}
