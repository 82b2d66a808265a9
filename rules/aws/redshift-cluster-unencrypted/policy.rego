# METADATA
# title: Redshift cluster is not encrypted
# description: "A Redshift cluster does not set `encrypted = true`."
# custom:
#   id: AWS035
#   severity: high
#   resource_types: [aws_redshift_cluster, "AWS::Redshift::Cluster"]
#   tags: [redshift, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "The warehouse holds the organisation's most queried data; unencrypted, its blocks and snapshots are readable from a copy."
#   remediation: "Set `encrypted = true` (with `kms_key_id` for a customer key)."
#   example: |
#     resource "aws_redshift_cluster" "warehouse" {
#       cluster_identifier = "warehouse"
#       node_type          = "ra3.xlplus"
#       encrypted          = true
#     }
package tollgate.aws.redshift_cluster_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "encrypted", "fix": {"set": {"encrypted": true}, "risk": "high"}} if {
	input.type in {"aws_redshift_cluster"}
	not input.values.encrypted == true
	not lib.unknown("encrypted")
}

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "Encrypted", "fix": {"set": {"Encrypted": true}, "risk": "high"}} if {
	input.type == "AWS::Redshift::Cluster"
	not input.values.Encrypted in {true, "true"}
}
