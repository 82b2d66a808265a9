# METADATA
# title: DAX cluster is not encrypted at rest
# description: "A DAX cluster does not set `server_side_encryption { enabled = true }`."
# custom:
#   id: AWS075
#   severity: medium
#   resource_types: [aws_dax_cluster]
#   tags: [dynamodb, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     nist-800-53: ["SC-28"]
#   why: "The cache holds copies of DynamoDB items; unencrypted, they sit on the nodes' disks in clear text."
#   remediation: "Add `server_side_encryption { enabled = true }` (the cluster is replaced)."
#   example: |
#     server_side_encryption {
#       enabled = true
#     }
package tollgate.aws.dax_cluster_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted at rest", [input.address]), "attribute": "server_side_encryption", "fix": {"set": {"server_side_encryption[0].enabled": true}, "risk": "high"}} if {
	input.type in {"aws_dax_cluster"}
	not input.values.server_side_encryption[0].enabled == true
	not lib.unknown("server_side_encryption")
	not lib.unknown("server_side_encryption[0].enabled")
}
