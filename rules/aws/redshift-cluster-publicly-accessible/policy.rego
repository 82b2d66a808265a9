# METADATA
# title: Redshift cluster is publicly accessible
# description: "A Redshift cluster does not set `publicly_accessible = false` (provider versions before 6.0 default to true)."
# custom:
#   id: AWS034
#   severity: high
#   resource_types: [aws_redshift_cluster, "AWS::Redshift::Cluster"]
#   tags: [redshift, network, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7", "AC-3"]
#   why: "A public endpoint exposes the warehouse, and every table in it, to password guessing from the internet."
#   remediation: "Set `publicly_accessible = false` and connect through the VPC, a VPN or a proxy."
#   example: |
#     resource "aws_redshift_cluster" "warehouse" {
#       cluster_identifier  = "warehouse"
#       node_type           = "ra3.xlplus"
#       publicly_accessible = false
#     }
package tollgate.aws.redshift_cluster_publicly_accessible

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "attribute": "publicly_accessible", "fix": {"set": {"publicly_accessible": false}, "risk": "medium"}} if {
	input.type == "aws_redshift_cluster"
	not input.values.publicly_accessible == false
	not lib.unknown("publicly_accessible")
}

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "attribute": "PubliclyAccessible", "fix": {"set": {"PubliclyAccessible": false}, "risk": "medium"}} if {
	input.type == "AWS::Redshift::Cluster"
	input.values.PubliclyAccessible in {true, "true"}
}
