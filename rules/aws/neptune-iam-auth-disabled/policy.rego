# METADATA
# title: Neptune cluster without IAM authentication
# description: "`iam_database_authentication_enabled` is not true."
# custom:
#   id: AWS148
#   severity: medium
#   resource_types: [aws_neptune_cluster, "AWS::Neptune::DBCluster"]
#   tags: [neptune, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "Without IAM authentication, anyone who reaches the endpoint can query the graph: Neptune has no other user authentication."
#   remediation: "Set `iam_database_authentication_enabled = true`."
#   example: |
#     iam_database_authentication_enabled = true
package tollgate.aws.neptune_iam_auth_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not require IAM authentication", [input.address]), "attribute": "iam_database_authentication_enabled", "fix": {"set": {"iam_database_authentication_enabled": true}, "risk": "high"}} if {
	input.type == "aws_neptune_cluster"
	not lib.truthy(object.get(input.values, ["iam_database_authentication_enabled"], null))
	not lib.unknown("iam_database_authentication_enabled")
}

deny contains {"msg": sprintf("%s does not require IAM authentication", [input.address]), "attribute": "IamAuthEnabled"} if {
	input.type == "AWS::Neptune::DBCluster"
	not lib.truthy(object.get(input.values, ["IamAuthEnabled"], null))
}
