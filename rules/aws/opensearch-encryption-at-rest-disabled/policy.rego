# METADATA
# title: OpenSearch domain does not encrypt data at rest
# description: "An OpenSearch or Elasticsearch domain does not set `encrypt_at_rest { enabled = true }`."
# custom:
#   id: AWS031
#   severity: high
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   tags: [opensearch, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Indices, logs and automated snapshots of an unencrypted domain are readable by anyone with access to the underlying storage or a snapshot copy."
#   remediation: "Add `encrypt_at_rest { enabled = true }` (a blue/green change of the domain)."
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name = "search"
#
#       encrypt_at_rest {
#         enabled = true
#       }
#     }
package tollgate.aws.opensearch_encryption_at_rest_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt data at rest", [input.address]), "attribute": "encrypt_at_rest", "fix": {"set": {"encrypt_at_rest[0].enabled": true}, "risk": "high"}} if {
	input.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	not input.values.encrypt_at_rest[0].enabled == true
	not lib.unknown("encrypt_at_rest")
	not lib.unknown("encrypt_at_rest[0].enabled")
}
