# METADATA
# title: WorkSpace volumes unencrypted
# description: "`root_volume_encryption_enabled` or `user_volume_encryption_enabled` is not true."
# custom:
#   id: AWS154
#   severity: medium
#   resource_types: [aws_workspaces_workspace, "AWS::WorkSpaces::Workspace"]
#   tags: [workspaces, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "A WorkSpace's volumes hold the user's documents, browser profiles and cached credentials."
#   remediation: "Set `root_volume_encryption_enabled = true`, `user_volume_encryption_enabled = true` and `volume_encryption_key`."
#   example: |
#     root_volume_encryption_enabled = true
#     user_volume_encryption_enabled = true
#     volume_encryption_key          = "alias/aws/workspaces"
package tollgate.aws.workspaces_volumes_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt its volumes", [input.address]), "attribute": "user_volume_encryption_enabled"} if {
	input.type == "aws_workspaces_workspace"
	not lib.truthy(object.get(input.values, ["user_volume_encryption_enabled"], null))
	not lib.unknown("user_volume_encryption_enabled")
}

deny contains {"msg": sprintf("%s does not encrypt its volumes", [input.address]), "attribute": "UserVolumeEncryptionEnabled"} if {
	input.type == "AWS::WorkSpaces::Workspace"
	not lib.truthy(object.get(input.values, ["UserVolumeEncryptionEnabled"], null))
}
