# METADATA
# title: ECS task mounts EFS without encryption in transit
# description: "An `efs_volume_configuration` does not set `transit_encryption = \"ENABLED\"`."
# custom:
#   id: AWS127
#   severity: medium
#   resource_types: [aws_ecs_task_definition, "AWS::ECS::TaskDefinition"]
#   tags: [ecs, efs, encryption]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "NFS traffic between the task and EFS is plain text on the network unless TLS is turned on for the mount."
#   remediation: "Set `transit_encryption = \"ENABLED\"` in each `efs_volume_configuration`."
#   example: |
#     volume {
#       name = "data"
#       efs_volume_configuration {
#         file_system_id     = aws_efs_file_system.data.id
#         transit_encryption = "ENABLED"
#       }
#     }
package tollgate.aws.ecs_task_efs_transit_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s mounts EFS volume %v without TLS", [input.address, volume.name]), "attribute": sprintf("volume[%d].efs_volume_configuration", [i])} if {
	input.type == "aws_ecs_task_definition"
	some i, volume in lib.list(input.values, "volume")
	some efs in lib.list(volume, "efs_volume_configuration")
	object.get(efs, "transit_encryption", "DISABLED") != "ENABLED"
}

deny contains {"msg": sprintf("%s mounts EFS volume %v without TLS", [input.address, volume.Name]), "attribute": sprintf("Volumes[%d].EFSVolumeConfiguration", [i])} if {
	input.type == "AWS::ECS::TaskDefinition"
	some i, volume in lib.list(input.values, "Volumes")
	efs := volume.EFSVolumeConfiguration
	is_object(efs)
	object.get(efs, "TransitEncryption", "DISABLED") != "ENABLED"
}
