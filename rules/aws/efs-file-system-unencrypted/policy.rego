# METADATA
# title: EFS file system is not encrypted
# description: "An EFS file system does not set `encrypted = true`."
# custom:
#   id: AWS036
#   severity: high
#   resource_types: [aws_efs_file_system, "AWS::EFS::FileSystem"]
#   tags: [efs, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#     cis-aws-v3.0: ["2.4.1"]
#   why: "Shared file systems collect uploads, exports and home directories; unencrypted, their data is readable from the underlying storage."
#   remediation: "Set `encrypted = true` (the file system is replaced: copy the data with DataSync or a backup restore)."
#   example: |
#     resource "aws_efs_file_system" "shared" {
#       creation_token = "shared"
#       encrypted      = true
#     }
package tollgate.aws.efs_file_system_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "encrypted", "fix": {"set": {"encrypted": true}, "risk": "high"}} if {
	input.type in {"aws_efs_file_system"}
	not input.values.encrypted == true
	not lib.unknown("encrypted")
}

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "Encrypted", "fix": {"set": {"Encrypted": true}, "risk": "high"}} if {
	input.type == "AWS::EFS::FileSystem"
	not input.values.Encrypted in {true, "true"}
}
