# METADATA
# title: DynamoDB table has no point-in-time recovery
# description: "The table keeps no continuous backups to restore from."
# custom:
#   id: AWS013
#   severity: medium
#   resource_types: [aws_dynamodb_table, "AWS::DynamoDB::Table"]
#   tags: [dynamodb, backup, recovery]
#   frameworks:
#     soc2: ["A1.2"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     nist-800-53: ["CP-9"]
#   why: "A bad deploy or a deleted item cannot be undone: without point-in-time recovery the table can only go back to its last manual backup, if any."
#   remediation: "Add `point_in_time_recovery { enabled = true }`."
#   example: |
#     resource "aws_dynamodb_table" "orders" {
#       name     = "orders"
#       hash_key = "id"
#       attribute {
#         name = "id"
#         type = "S"
#       }
#       point_in_time_recovery {
#         enabled = true
#       }
#     }
package tollgate.aws.dynamodb_point_in_time_recovery_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has no point-in-time recovery", [input.address]), "attribute": "point_in_time_recovery", "fix": {"set": {"point_in_time_recovery[0].enabled": true}, "risk": "low"}} if {
	input.type == "aws_dynamodb_table"
	not input.values.point_in_time_recovery[0].enabled == true
	not lib.unknown("point_in_time_recovery[0].enabled")
}

deny contains {"msg": sprintf("%s has no point-in-time recovery", [input.address]), "attribute": "PointInTimeRecoverySpecification", "fix": {"set": {"PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled": true}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "AWS::DynamoDB::Table"
	not input.values.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled in {true, "true"}
}
