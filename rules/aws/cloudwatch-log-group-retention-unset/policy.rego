# METADATA
# title: CloudWatch log group keeps logs forever
# description: "The log group sets no `retention_in_days` (or 0, never expire)."
# custom:
#   id: AWS111
#   severity: low
#   resource_types: [aws_cloudwatch_log_group, "AWS::Logs::LogGroup"]
#   tags: [cloudwatch, logging, cost, retention]
#   frameworks:
#     soc2: ["C1.2"]
#     nist-800-53: ["AU-11"]
#   why: "Logs kept forever grow storage cost every month and keep personal data past any retention policy; nobody decided how long they are needed."
#   remediation: "Set `retention_in_days` to what your retention policy requires (365 for most audit logs)."
#   example: |
#     resource "aws_cloudwatch_log_group" "api" {
#       name              = "/app/api"
#       retention_in_days = 365
#     }
package tollgate.aws.cloudwatch_log_group_retention_unset

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps logs forever", [input.address]), "attribute": "retention_in_days", "fix": {"set": {"retention_in_days": 365}, "risk": "medium"}} if {
	input.type == "aws_cloudwatch_log_group"
	to_number(object.get(input.values, "retention_in_days", 0)) == 0
	not lib.unknown("retention_in_days")
}

deny contains {"msg": sprintf("%s keeps logs forever", [input.address]), "attribute": "RetentionInDays"} if {
	input.type == "AWS::Logs::LogGroup"
	object.get(input.values, "RetentionInDays", null) == null
}
