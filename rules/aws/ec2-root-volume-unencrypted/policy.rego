# METADATA
# title: EC2 instance root volume is not encrypted
# description: "The instance's `root_block_device` does not set `encrypted = true`."
# custom:
#   id: AWS026
#   severity: medium
#   resource_types: [aws_instance]
#   tags: [ec2, ebs, encryption, data-protection]
#   frameworks:
#     cis-aws-v3.0: ["2.2.1"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "The root volume holds the operating system, logs and often application data and credentials; unencrypted, its snapshots can be copied and read."
#   remediation: "Set `encrypted = true` in `root_block_device` (a replacement of the instance), or turn on EBS encryption by default for the account."
#   example: |
#     resource "aws_instance" "app" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = "t3.micro"
#
#       root_block_device {
#         encrypted = true
#       }
#     }
package tollgate.aws.ec2_root_volume_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has an unencrypted root volume", [input.address]), "attribute": "root_block_device", "fix": {"set": {"root_block_device[0].encrypted": true}, "risk": "high"}} if {
	input.type == "aws_instance"
	not input.values.root_block_device[0].encrypted == true
	not lib.unknown("root_block_device")
	not lib.unknown("root_block_device[0].encrypted")
}
