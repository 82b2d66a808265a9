# METADATA
# title: MSK cluster brokers reachable from the internet
# description: "`broker_node_group_info.connectivity_info.public_access.type` is `SERVICE_PROVIDED_EIPS`."
# custom:
#   id: AWS145
#   severity: high
#   resource_types: [aws_msk_cluster]
#   tags: [msk, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Public brokers are reachable by anyone on the internet; only their authentication stands between them and the topics."
#   remediation: "Set `public_access { type = \"DISABLED\" }` and connect over private networking."
#   example: |
#     connectivity_info {
#       public_access {
#         type = "DISABLED"
#       }
#     }
package tollgate.aws.msk_cluster_public_access

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s exposes its brokers on public IP addresses", [input.address]), "attribute": "broker_node_group_info[0].connectivity_info[0].public_access[0].type"} if {
	input.type == "aws_msk_cluster"
	lower(sprintf("%v", [object.get(input.values, ["broker_node_group_info", 0, "connectivity_info", 0, "public_access", 0, "type"], null)])) in {"service_provided_eips"}
	not lib.unknown("broker_node_group_info")
}
