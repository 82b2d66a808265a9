# METADATA
# title: Launch configuration or template creates unencrypted volumes
# description: "The root or an EBS block device of an `aws_launch_configuration` does not set `encrypted = true`, or an `aws_launch_template` block device mapping sets `encrypted = false`."
# custom:
#   id: AWS164
#   severity: high
#   resource_types: [aws_launch_configuration, aws_launch_template]
#   tags: [ec2, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Every instance an Auto Scaling group launches from it gets volumes whose data and snapshots are unencrypted (unless the account encrypts EBS by default)."
#   remediation: "Set `encrypted = true` on `root_block_device` and each `ebs_block_device` (or in the template's `block_device_mappings { ebs { encrypted = true } }`)."
#   example: |
#     root_block_device {
#       encrypted = true
#     }
package tollgate.aws.launch_configuration_volume_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s creates unencrypted EBS volumes", [input.address]), "attribute": sprintf("%s[%d].encrypted", [block, i])} if {
	input.type == "aws_launch_configuration"
	some block in ["root_block_device", "ebs_block_device"]
	some i, device in lib.list(input.values, block)
	not lib.truthy(object.get(device, "encrypted", null))
	object.get(device, "snapshot_id", null) == null
	not lib.unknown(block)
}

deny contains {"msg": sprintf("%s creates unencrypted EBS volumes", [input.address]), "attribute": sprintf("block_device_mappings[%d].ebs[0].encrypted", [i])} if {
	input.type == "aws_launch_template"
	some i, mapping in lib.list(input.values, "block_device_mappings")
	some ebs in lib.list(mapping, "ebs")
	lib.falsy(object.get(ebs, "encrypted", null))
}
