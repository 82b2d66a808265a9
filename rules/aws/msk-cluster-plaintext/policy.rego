# METADATA
# title: MSK cluster accepts plaintext client connections
# description: "An MSK cluster sets `client_broker` to `PLAINTEXT` or `TLS_PLAINTEXT`."
# custom:
#   id: AWS076
#   severity: high
#   resource_types: [aws_msk_cluster]
#   tags: [msk, kafka, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Messages and credentials between clients and brokers travel in clear text on the network."
#   remediation: "Set `client_broker = \"TLS\"` in `encryption_info.encryption_in_transit` (clients must connect with TLS)."
#   example: |
#     encryption_info {
#       encryption_in_transit {
#         client_broker = "TLS"
#         in_cluster    = true
#       }
#     }
package tollgate.aws.msk_cluster_plaintext

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plaintext client connections", [input.address]), "attribute": "encryption_info", "fix": {"set": {"encryption_info[0].encryption_in_transit[0].client_broker": "TLS"}, "risk": "medium"}} if {
	input.type in {"aws_msk_cluster"}
	input.values.encryption_info[0].encryption_in_transit[0].client_broker in {"PLAINTEXT", "TLS_PLAINTEXT"}
}
