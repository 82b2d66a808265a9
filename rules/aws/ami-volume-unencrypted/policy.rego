# METADATA
# title: AMI registered with unencrypted EBS volumes
# description: "An `ebs_block_device` of an `aws_ami` sets `encrypted = false` or leaves it unset without a snapshot."
# custom:
#   id: AWS172
#   severity: medium
#   resource_types: [aws_ami]
#   tags: [ec2, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Every instance launched from the image gets unencrypted volumes, and the image's snapshots can be shared in plain form."
#   remediation: "Register the AMI from encrypted snapshots (`encrypted = true` on each `ebs_block_device`)."
#   example: |
#     ebs_block_device {
#       device_name = "/dev/xvda"
#       snapshot_id = "snap-0a1b2c3d"
#       encrypted   = true
#     }
package tollgate.aws.ami_volume_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s registers unencrypted EBS volumes", [input.address]), "attribute": sprintf("ebs_block_device[%d].encrypted", [i])} if {
	input.type == "aws_ami"
	some i, device in lib.list(input.values, "ebs_block_device")
	lib.falsy(object.get(device, "encrypted", null))
}
