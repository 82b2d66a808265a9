# METADATA
# title: IAM policy allows every action of a service
# description: "A policy statement allows a service wildcard such as `s3:*` or `iam:*`."
# custom:
#   id: AWS053
#   severity: medium
#   resource_types: [aws_iam_policy, aws_iam_role_policy, aws_iam_user_policy, aws_iam_group_policy]
#   tags: [iam, least-privilege]
#   frameworks:
#     soc2: ["CC6.3"]
#     pci-dss-v4: ["7.2.1"]
#     nist-800-53: ["AC-6"]
#   why: "A service wildcard grants every current and future action of the service, including destructive and permission-changing ones."
#   remediation: "List the actions the workload uses (IAM Access Analyzer can generate them from CloudTrail)."
#   example: |
#     Statement = [{
#       Effect   = "Allow"
#       Action   = ["s3:GetObject", "s3:PutObject"]
#       Resource = "arn:aws:s3:::acme-uploads/*"
#     }]
package tollgate.aws.iam_policy_service_wildcard

import rego.v1

import data.tollgate.lib.aws

deny contains {"msg": sprintf("%s allows every %s action", [input.address, service]), "attribute": "policy"} if {
	input.type in {"aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"}
	some statement in aws.statements(input.values.policy)
	statement.Effect == "Allow"
	some action in aws.values_of(statement, "Action")
	endswith(action, ":*")
	service := trim_suffix(action, ":*")
}
