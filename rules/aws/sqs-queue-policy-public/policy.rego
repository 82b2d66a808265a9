# METADATA
# title: SQS queue policy allows everyone
# description: "A queue policy statement allows the principal `*` without a condition."
# custom:
#   id: AWS071
#   severity: critical
#   resource_types: [aws_sqs_queue_policy]
#   tags: [sqs, access]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Any AWS account, or anyone at all, gets the statement's actions on the queue."
#   remediation: "Name the accounts, roles or services that need access, or add conditions such as `aws:SourceArn` or `aws:PrincipalOrgID`."
#   example: |
#     resource "aws_sqs_queue_policy" "events" {
#       queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/events"
#       policy = jsonencode({
#         Version = "2012-10-17"
#         Statement = [{
#           Effect    = "Allow"
#           Principal = { Service = "sns.amazonaws.com" }
#           Action    = "sqs:SendMessage"
#           Resource  = "*"
#         }]
#       })
#     }
package tollgate.aws.sqs_queue_policy_public

import rego.v1

import data.tollgate.lib.aws

open_statement(policy) := statement if {
	some statement in aws.statements(policy)
	statement.Effect == "Allow"
	aws.everyone(statement.Principal)
	not statement.Condition
}

deny contains {"msg": sprintf("%s allows everyone %s", [input.address, concat(", ", aws.values_of(statement, "Action"))]), "attribute": "policy"} if {
	input.type in {"aws_sqs_queue_policy"}
	statement := open_statement(input.values.policy)
}
