# METADATA
# title: OpenSearch domain does not encrypt traffic between nodes
# description: "An OpenSearch or Elasticsearch domain does not set `node_to_node_encryption { enabled = true }`."
# custom:
#   id: AWS032
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   tags: [opensearch, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     nist-800-53: ["SC-8"]
#   why: "Without node-to-node encryption, documents and queries cross the VPC between data nodes in clear text."
#   remediation: "Add `node_to_node_encryption { enabled = true }`."
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name = "search"
#
#       node_to_node_encryption {
#         enabled = true
#       }
#     }
package tollgate.aws.opensearch_node_to_node_encryption_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt traffic between its nodes", [input.address]), "attribute": "node_to_node_encryption", "fix": {"set": {"node_to_node_encryption[0].enabled": true}, "risk": "high"}} if {
	input.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	not input.values.node_to_node_encryption[0].enabled == true
	not lib.unknown("node_to_node_encryption")
	not lib.unknown("node_to_node_encryption[0].enabled")
}
