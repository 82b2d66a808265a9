# METADATA
# title: IAM policy grants full administrative access
# description: "A policy statement allows `\"Action\": \"*\"` on `\"Resource\": \"*\"`."
# custom:
#   id: AWS052
#   severity: critical
#   resource_types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy]
#   tags: [iam, least-privilege]
#   frameworks:
#     cis-aws-v3.0: ["1.16"]
#     soc2: ["CC6.1", "CC6.3"]
#     pci-dss-v4: ["7.2.1"]
#     nist-800-53: ["AC-6"]
#   why: "Whoever holds the policy can do anything in the account, including disabling logging and creating new administrators."
#   remediation: "Grant the actions and resources the workload needs; keep administrative access in a few break-glass roles."
#   example: |
#     resource "aws_iam_policy" "deploy" {
#       name = "deploy"
#       policy = jsonencode({
#         Version   = "2012-10-17"
#         Statement = [{ Effect = "Allow", Action = ["ecs:UpdateService"], Resource = aws_ecs_service.app.id }]
#       })
#     }
package tollgate.aws.iam_policy_admin_access

import rego.v1

import data.tollgate.lib.aws

deny contains {"msg": sprintf("%s allows every action on every resource", [input.address]), "attribute": "policy"} if {
	input.type in {"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}
	some statement in aws.statements(input.values.policy)
	statement.Effect == "Allow"
	"*" in aws.values_of(statement, "Action")
	"*" in aws.values_of(statement, "Resource")
}
