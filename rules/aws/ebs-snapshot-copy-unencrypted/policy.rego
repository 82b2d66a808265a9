# METADATA
# title: EBS snapshot copy unencrypted
# description: "`aws_ebs_snapshot_copy` does not set `encrypted = true`."
# custom:
#   id: AWS171
#   severity: medium
#   resource_types: [aws_ebs_snapshot_copy, aws_ami_copy]
#   tags: [ebs, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Copies (often to another region for disaster recovery) carry the whole volume; unencrypted they can be shared or restored anywhere."
#   remediation: "Set `encrypted = true` (and `kms_key_id`)."
#   example: |
#     encrypted  = true
#     kms_key_id = aws_kms_key.dr.arn
package tollgate.aws.ebs_snapshot_copy_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s makes an unencrypted copy", [input.address]), "attribute": "encrypted", "fix": {"set": {"encrypted": true}, "risk": "low"}} if {
	input.type in {"aws_ebs_snapshot_copy", "aws_ami_copy"}
	not lib.truthy(object.get(input.values, ["encrypted"], null))
	not lib.unknown("encrypted")
}
