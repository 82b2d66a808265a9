# METADATA
# title: Glue Data Catalog metadata unencrypted
# description: "`data_catalog_encryption_settings.encryption_at_rest.catalog_encryption_mode` is `DISABLED`."
# custom:
#   id: AWS161
#   severity: medium
#   resource_types: [aws_glue_data_catalog_encryption_settings]
#   tags: [glue, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "The Data Catalog holds table schemas, locations and connection passwords."
#   remediation: "Set `catalog_encryption_mode = \"SSE-KMS\"` and encrypt connection passwords."
#   example: |
#     data_catalog_encryption_settings {
#       connection_password_encryption {
#         return_connection_password_encrypted = true
#         aws_kms_key_id                       = aws_kms_key.glue.arn
#       }
#       encryption_at_rest {
#         catalog_encryption_mode = "SSE-KMS"
#         sse_aws_kms_key_id      = aws_kms_key.glue.arn
#       }
#     }
package tollgate.aws.glue_data_catalog_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s leaves catalog metadata unencrypted", [input.address]), "attribute": "data_catalog_encryption_settings[0].encryption_at_rest[0].catalog_encryption_mode"} if {
	input.type == "aws_glue_data_catalog_encryption_settings"
	lower(sprintf("%v", [object.get(input.values, ["data_catalog_encryption_settings", 0, "encryption_at_rest", 0, "catalog_encryption_mode"], null)])) in {"disabled"}
	not lib.unknown("data_catalog_encryption_settings")
}
