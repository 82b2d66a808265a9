# METADATA
# title: GuardDuty detector is disabled
# description: "An `aws_guardduty_detector` sets `enable = false`."
# custom:
#   id: AWS073
#   severity: medium
#   resource_types: [aws_guardduty_detector]
#   tags: [guardduty, monitoring]
#   frameworks:
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.7.1", "11.5.1"]
#     nist-800-53: ["SI-4"]
#   why: "A disabled detector stops threat detection for the account and region: compromised keys and instances go unnoticed."
#   remediation: "Set `enable = true`."
#   example: |
#     resource "aws_guardduty_detector" "main" {
#       enable = true
#     }
package tollgate.aws.guardduty_detector_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is disabled", [input.address]), "attribute": "enable", "fix": {"set": {"enable": true}, "risk": "low", "cost_may_rise": true}} if {
	input.type in {"aws_guardduty_detector"}
	input.values.enable == false
}
