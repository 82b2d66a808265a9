# METADATA
# title: SNS topic policy allows everyone
# description: "A topic policy statement allows the principal `*` without a condition."
# custom:
#   id: AWS072
#   severity: critical
#   resource_types: [aws_sns_topic_policy]
#   tags: [sns, access]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Any AWS account, or anyone at all, gets the statement's actions on the topic."
#   remediation: "Name the accounts, roles or services that need access, or add conditions such as `aws:SourceArn` or `aws:PrincipalOrgID`."
#   example: |
#     resource "aws_sns_topic_policy" "alerts" {
#       arn = "arn:aws:sns:eu-west-1:123456789012:alerts"
#       policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Effect    = "Allow"
#           Principal = { Service = "cloudwatch.amazonaws.com" }
#           Action    = "sns:Publish"
#           Resource  = "*"
#         }]
#       })
#     }
package tollgate.aws.sns_topic_policy_public

import rego.v1

import data.tollgate.lib.aws

open_statement(policy) := statement if {
	some statement in aws.statements(policy)
	statement.Effect == "Allow"
	aws.everyone(statement.Principal)
	not statement.Condition
}

deny contains {"msg": sprintf("%s allows everyone %s", [input.address, concat(", ", aws.values_of(statement, "Action"))]), "attribute": "policy"} if {
	input.type in {"aws_sns_topic_policy"}
	statement := open_statement(input.values.policy)
}
