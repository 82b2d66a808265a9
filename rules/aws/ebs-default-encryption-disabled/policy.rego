# METADATA
# title: EBS encryption by default is turned off
# description: "`aws_ebs_encryption_by_default` sets `enabled = false` for the region."
# custom:
#   id: AWS027
#   severity: medium
#   resource_types: [aws_ebs_encryption_by_default]
#   tags: [ebs, encryption, account]
#   frameworks:
#     cis-aws-v3.0: ["2.2.1"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#   why: "With the account default on, every new volume and snapshot copy is encrypted even when a module forgets to ask."
#   remediation: "Set `enabled = true`."
#   example: |
#     resource "aws_ebs_encryption_by_default" "this" {
#       enabled = true
#     }
package tollgate.aws.ebs_default_encryption_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s turns EBS encryption by default off", [input.address]), "attribute": "enabled", "fix": {"set": {"enabled": true}, "risk": "low"}} if {
	input.type == "aws_ebs_encryption_by_default"
	input.values.enabled == false
}
