# METADATA
# title: CloudWatch alarm with its actions turned off
# description: "`actions_enabled = false`."
# custom:
#   id: AWS132
#   severity: low
#   resource_types: [aws_cloudwatch_metric_alarm, "AWS::CloudWatch::Alarm"]
#   tags: [cloudwatch, monitoring]
#   frameworks:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#   why: "An alarm whose actions are off changes state silently: nobody is paged and no automation runs."
#   remediation: "Remove `actions_enabled = false`."
#   example: |
#     actions_enabled = true
package tollgate.aws.cloudwatch_alarm_actions_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has its actions turned off", [input.address]), "attribute": "actions_enabled", "fix": {"set": {"actions_enabled": true}, "risk": "low"}} if {
	input.type == "aws_cloudwatch_metric_alarm"
	lib.falsy(object.get(input.values, ["actions_enabled"], null))
	not lib.unknown("actions_enabled")
}

deny contains {"msg": sprintf("%s has its actions turned off", [input.address]), "attribute": "ActionsEnabled"} if {
	input.type == "AWS::CloudWatch::Alarm"
	lib.falsy(object.get(input.values, ["ActionsEnabled"], null))
}
