# METADATA
# title: Neptune cluster is not encrypted
# description: "A Neptune cluster does not set `storage_encrypted = true`."
# custom:
#   id: AWS038
#   severity: high
#   resource_types: [aws_neptune_cluster]
#   tags: [neptune, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Graph data, its indexes and snapshots are readable from a copy of unencrypted storage."
#   remediation: "Set `storage_encrypted = true` (the cluster is replaced)."
#   example: |
#     resource "aws_neptune_cluster" "graph" {
#       cluster_identifier = "graph"
#       storage_encrypted  = true
#     }
package tollgate.aws.neptune_cluster_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "storage_encrypted", "fix": {"set": {"storage_encrypted": true}, "risk": "high"}} if {
	input.type in {"aws_neptune_cluster"}
	not input.values.storage_encrypted == true
	not lib.unknown("storage_encrypted")
}
