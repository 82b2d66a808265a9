# METADATA
# title: AWS Config records only some resource types
# description: "The recorder's `recording_group` sets `all_supported = false` or does not include global resource types."
# custom:
#   id: AWS135
#   severity: medium
#   resource_types: [aws_config_configuration_recorder, "AWS::Config::ConfigurationRecorder"]
#   tags: [config, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-aws-v3.0: ["3.3"]
#   why: "Resource types Config does not record have no configuration history: changes to them cannot be audited or evaluated by Config rules."
#   remediation: "Set `recording_group { all_supported = true, include_global_resource_types = true }` in one region."
#   example: |
#     recording_group {
#       all_supported                 = true
#       include_global_resource_types = true
#     }
package tollgate.aws.config_recorder_partial

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not record every supported resource type", [input.address]), "attribute": "recording_group[0].all_supported"} if {
	input.type == "aws_config_configuration_recorder"
	lib.falsy(object.get(input.values, ["recording_group", 0, "all_supported"], null))
	not lib.unknown("recording_group")
}

deny contains {"msg": sprintf("%s does not record every supported resource type", [input.address]), "attribute": "RecordingGroup.AllSupported"} if {
	input.type == "AWS::Config::ConfigurationRecorder"
	lib.falsy(object.get(input.values, ["RecordingGroup", "AllSupported"], null))
}
