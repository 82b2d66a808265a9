# METADATA
# title: Athena database results are not encrypted
# description: "The database has no `encryption_configuration` block."
# custom:
#   id: AWS101
#   severity: medium
#   resource_types: [aws_athena_database]
#   tags: [athena, encryption]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#   why: "Query results written for the database's DDL are stored in S3 without the encryption you chose: results often hold the sensitive columns."
#   remediation: "Add `encryption_configuration { encryption_option = \"SSE_KMS\"  kms_key = ... }` (or `SSE_S3`)."
#   example: |
#     resource "aws_athena_database" "events" {
#       name   = "events"
#       bucket = "athena-results"
#       encryption_configuration {
#         encryption_option = "SSE_KMS"
#         kms_key           = aws_kms_key.athena.arn
#       }
#     }
package tollgate.aws.athena_database_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s writes query results unencrypted", [input.address]), "attribute": "encryption_configuration"} if {
	input.type == "aws_athena_database"
	count(lib.list(input.values, "encryption_configuration")) == 0
	not lib.unknown("encryption_configuration")
}
