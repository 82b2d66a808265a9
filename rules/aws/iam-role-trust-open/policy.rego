# METADATA
# title: IAM role can be assumed by anyone
# description: "The role's trust policy allows `sts:AssumeRole` to the principal `*` without a condition."
# custom:
#   id: AWS054
#   severity: critical
#   resource_types: [aws_iam_role, "AWS::IAM::Role"]
#   tags: [iam, trust]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["7.2.1"]
#     nist-800-53: ["AC-3", "AC-6"]
#   why: "Any AWS account in the world can assume the role and act with its permissions."
#   remediation: "Name the accounts, roles or services that may assume the role, or add conditions such as `aws:PrincipalOrgID` or `sts:ExternalId`."
#   example: |
#     assume_role_policy = jsonencode({
#       Version   = "2012-10-17"
#       Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
#     })
package tollgate.aws.iam_role_trust_open

import rego.v1

import data.tollgate.lib.aws

open_statement(policy) if {
	some statement in aws.statements(policy)
	statement.Effect == "Allow"
	aws.everyone(statement.Principal)
	not statement.Condition
}

deny contains {"msg": sprintf("%s can be assumed by anyone", [input.address]), "attribute": "assume_role_policy"} if {
	input.type == "aws_iam_role"
	open_statement(input.values.assume_role_policy)
}

deny contains {"msg": sprintf("%s can be assumed by anyone", [input.address]), "attribute": "AssumeRolePolicyDocument"} if {
	input.type == "AWS::IAM::Role"
	open_statement(input.values.AssumeRolePolicyDocument)
}
