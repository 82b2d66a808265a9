# METADATA
# title: DynamoDB table can be deleted without a guard
# description: "The table does not set `deletion_protection_enabled = true`."
# custom:
#   id: AWS078
#   severity: low
#   resource_types: [aws_dynamodb_table]
#   tags: [dynamodb, recovery]
#   frameworks:
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9"]
#   why: "One mistaken destroy or API call removes the table and its data; deletion protection makes that a deliberate two-step act."
#   remediation: "Set `deletion_protection_enabled = true`."
#   example: |
#     resource "aws_dynamodb_table" "main" {
#       name                        = "orders"
#       billing_mode                = "PAY_PER_REQUEST"
#       hash_key                    = "id"
#       deletion_protection_enabled = true
#     }
package tollgate.aws.dynamodb_deletion_protection_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s can be deleted without a guard (deletion_protection_enabled is not true)", [input.address]), "attribute": "deletion_protection_enabled", "fix": {"set": {"deletion_protection_enabled": true}, "risk": "medium"}} if {
	input.type == "aws_dynamodb_table"
	lib.not_true(input.values, "deletion_protection_enabled")
}
