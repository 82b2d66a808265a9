# METADATA
# title: DocumentDB cluster is not encrypted
# description: "A DocumentDB cluster does not set `storage_encrypted = true`."
# custom:
#   id: AWS037
#   severity: high
#   resource_types: [aws_docdb_cluster, "AWS::DocDB::DBCluster"]
#   tags: [docdb, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Documents, indexes and snapshots of an unencrypted cluster are readable from a copy of its storage."
#   remediation: "Set `storage_encrypted = true` (the cluster is replaced: restore from a snapshot into an encrypted one)."
#   example: |
#     resource "aws_docdb_cluster" "docs" {
#       cluster_identifier = "docs"
#       storage_encrypted  = true
#     }
package tollgate.aws.docdb_cluster_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "storage_encrypted", "fix": {"set": {"storage_encrypted": true}, "risk": "high"}} if {
	input.type in {"aws_docdb_cluster"}
	not input.values.storage_encrypted == true
	not lib.unknown("storage_encrypted")
}

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "StorageEncrypted", "fix": {"set": {"StorageEncrypted": true}, "risk": "high"}} if {
	input.type == "AWS::DocDB::DBCluster"
	not input.values.StorageEncrypted in {true, "true"}
}
