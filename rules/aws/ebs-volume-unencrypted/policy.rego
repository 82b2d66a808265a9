# METADATA
# title: EBS volume is not encrypted
# description: The volume stores data at rest without EBS encryption.
# custom:
#   id: AWS003
#   severity: medium
#   resource_types: [aws_ebs_volume, "AWS::EC2::Volume"]
#   tags: [ebs, encryption, data-protection]
#   frameworks:
#     cis-aws-v3.0: ["2.2.1"]
#     soc2: [CC6.1]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: [SC-28]
#   why: Unencrypted volumes and their snapshots expose data to anyone who can copy or share them.
#   remediation: Set `encrypted = true` (and optionally `kms_key_id`), or turn on EBS encryption by default for the account.
#   example: |
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "us-east-1a"
#       size              = 100
#       encrypted         = true
#     }
package tollgate.aws.ebs_volume_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "encrypted", "fix": {"set": {"encrypted": true}, "risk": "high"}} if {
	input.type == "aws_ebs_volume"
	lib.not_true(input.values, "encrypted")
}

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "Encrypted", "fix": {"set": {"Encrypted": true}, "risk": "high"}} if {
	input.type == "AWS::EC2::Volume"
	not input.values.Encrypted == true
	not input.values.Encrypted == "true"
}
