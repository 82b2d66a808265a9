# METADATA
# title: Glue security configuration leaves job data unencrypted
# description: "S3, CloudWatch or job bookmark encryption is `DISABLED`."
# custom:
#   id: AWS162
#   severity: medium
#   resource_types: [aws_glue_security_configuration]
#   tags: [glue, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Jobs using this configuration write their output, logs and bookmarks without encryption."
#   remediation: "Set `s3_encryption_mode = \"SSE-KMS\"`, `cloudwatch_encryption_mode = \"SSE-KMS\"` and `job_bookmarks_encryption_mode = \"CSE-KMS\"`."
#   example: |
#     encryption_configuration {
#       s3_encryption {
#         s3_encryption_mode = "SSE-KMS"
#         kms_key_arn        = aws_kms_key.glue.arn
#       }
#     }
package tollgate.aws.glue_security_configuration_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s leaves job output in S3 unencrypted", [input.address]), "attribute": "encryption_configuration[0].s3_encryption[0].s3_encryption_mode"} if {
	input.type == "aws_glue_security_configuration"
	lower(sprintf("%v", [object.get(input.values, ["encryption_configuration", 0, "s3_encryption", 0, "s3_encryption_mode"], null)])) in {"disabled"}
	not lib.unknown("encryption_configuration")
}
