# METADATA
# title: DynamoDB table not encrypted with a customer-managed key
# description: "The table has no `server_side_encryption { enabled = true, kms_key_arn = ... }`; it uses the AWS-owned key."
# custom:
#   id: AWS123
#   severity: low
#   resource_types: [aws_dynamodb_table, "AWS::DynamoDB::Table"]
#   tags: [dynamodb, encryption, kms]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Tables are always encrypted, but with an AWS-owned key you cannot restrict or audit decryption, nor revoke access by disabling the key."
#   remediation: "Add `server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.x.arn }`."
#   example: |
#     server_side_encryption {
#       enabled     = true
#       kms_key_arn = aws_kms_key.dynamodb.arn
#     }
package tollgate.aws.dynamodb_table_without_cmk

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is encrypted with the AWS-owned key, not a customer-managed one", [input.address]), "attribute": "server_side_encryption[0].enabled"} if {
	input.type == "aws_dynamodb_table"
	not lib.truthy(object.get(input.values, ["server_side_encryption", 0, "enabled"], null))
	not lib.unknown("server_side_encryption")
}

deny contains {"msg": sprintf("%s is encrypted with the AWS-owned key, not a customer-managed one", [input.address]), "attribute": "SSESpecification.SSEEnabled"} if {
	input.type == "AWS::DynamoDB::Table"
	not lib.truthy(object.get(input.values, ["SSESpecification", "SSEEnabled"], null))
}
