# METADATA
# title: CloudWatch log group keeps logs for less than a year
# description: "A log group sets `retention_in_days` below 365."
# custom:
#   id: AWS041
#   severity: low
#   resource_types: [aws_cloudwatch_log_group, "AWS::Logs::LogGroup"]
#   tags: [logging, cloudwatch, retention]
#   frameworks:
#     pci-dss-v4: ["10.5.1"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-11"]
#   why: "Incidents are often found months later; logs deleted before then cannot show what happened. PCI DSS asks for 12 months."
#   remediation: "Set `retention_in_days = 365` (or more), or remove it to keep logs indefinitely."
#   example: |
#     resource "aws_cloudwatch_log_group" "app" {
#       name              = "/app/web"
#       retention_in_days = 365
#     }
package tollgate.aws.cloudwatch_log_retention_short

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps logs for %d days only", [input.address, days]), "attribute": "retention_in_days", "fix": {"set": {"retention_in_days": 365}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "aws_cloudwatch_log_group"
	days := to_number(input.values.retention_in_days)
	days > 0
	days < 365
}

deny contains {"msg": sprintf("%s keeps logs for %d days only", [input.address, days]), "attribute": "RetentionInDays", "fix": {"set": {"RetentionInDays": 365}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "AWS::Logs::LogGroup"
	days := to_number(input.values.RetentionInDays)
	days > 0
	days < 365
}
