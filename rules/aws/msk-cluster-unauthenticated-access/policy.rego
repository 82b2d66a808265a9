# METADATA
# title: MSK cluster allows unauthenticated clients
# description: "`client_authentication.unauthenticated = true`."
# custom:
#   id: AWS146
#   severity: high
#   resource_types: [aws_msk_cluster]
#   tags: [msk, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "Any host that reaches the brokers can then read and write every topic."
#   remediation: "Set `unauthenticated = false` and use IAM, SASL/SCRAM or mutual TLS."
#   example: |
#     client_authentication {
#       unauthenticated = false
#       sasl {
#         iam = true
#       }
#     }
package tollgate.aws.msk_cluster_unauthenticated_access

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets clients connect without authentication", [input.address]), "attribute": "client_authentication[0].unauthenticated"} if {
	input.type == "aws_msk_cluster"
	lib.truthy(object.get(input.values, ["client_authentication", 0, "unauthenticated"], null))
	not lib.unknown("client_authentication")
}
