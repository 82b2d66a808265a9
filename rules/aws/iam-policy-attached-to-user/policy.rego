# METADATA
# title: IAM policy is attached to a user
# description: "A policy is attached to an IAM user directly instead of through a group or role."
# custom:
#   id: AWS055
#   severity: low
#   resource_types: [aws_iam_user_policy, aws_iam_user_policy_attachment, aws_iam_policy_attachment]
#   tags: [iam, least-privilege]
#   frameworks:
#     cis-aws-v3.0: ["1.15"]
#     soc2: ["CC6.2"]
#     nist-800-53: ["AC-2", "AC-6"]
#   why: "Permissions given user by user are hard to review and are forgotten when people change teams; groups and roles keep them in one place."
#   remediation: "Attach the policy to a group (`aws_iam_group_policy_attachment`) and add the user to it, or use roles with SSO."
#   example: |
#     resource "aws_iam_group_policy_attachment" "developers" {
#       group      = aws_iam_group.developers.name
#       policy_arn = aws_iam_policy.developer.arn
#     }
package tollgate.aws.iam_policy_attached_to_user

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s attaches a policy to an IAM user", [input.address]), "attribute": "user"} if {
	input.type in {"aws_iam_user_policy", "aws_iam_user_policy_attachment"}
}

deny contains {"msg": sprintf("%s attaches a policy to IAM users", [input.address]), "attribute": "users"} if {
	input.type == "aws_iam_policy_attachment"
	count(lib.list(input.values, "users")) > 0
}
