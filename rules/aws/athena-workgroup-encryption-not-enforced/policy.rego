# METADATA
# title: Athena workgroup lets clients choose their own encryption
# description: "The workgroup sets `configuration { enforce_workgroup_configuration = false }`."
# custom:
#   id: AWS100
#   severity: medium
#   resource_types: [aws_athena_workgroup]
#   tags: [athena, encryption]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#   why: "Clients can then override the workgroup's result encryption and write query results, often personal data, unencrypted."
#   remediation: "Remove `enforce_workgroup_configuration = false` (the default enforces it) and set the result encryption in the workgroup."
#   example: |
#     resource "aws_athena_workgroup" "main" {
#       name = "analysts"
#       configuration {
#         enforce_workgroup_configuration = true
#       }
#     }
package tollgate.aws.athena_workgroup_encryption_not_enforced

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets clients override its encryption settings", [input.address]), "attribute": "configuration[0].enforce_workgroup_configuration", "fix": {"set": {"configuration[0].enforce_workgroup_configuration": true}, "risk": "low"}} if {
	input.type == "aws_athena_workgroup"
	input.values["configuration"][0]["enforce_workgroup_configuration"] in {false}
}
