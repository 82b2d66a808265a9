# METADATA
# title: OpenSearch domain accepts plain HTTP
# description: "An OpenSearch or Elasticsearch domain sets `domain_endpoint_options { enforce_https = false }`."
# custom:
#   id: AWS033
#   severity: high
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   tags: [opensearch, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Over plain HTTP, queries, documents and credentials travel in clear text between clients and the domain."
#   remediation: "Set `enforce_https = true` (and `tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\"`)."
#   example: |
#     resource "aws_opensearch_domain" "search" {
#       domain_name = "search"
#
#       domain_endpoint_options {
#         enforce_https       = true
#         tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
#       }
#     }
package tollgate.aws.opensearch_https_not_enforced

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plain HTTP", [input.address]), "attribute": "domain_endpoint_options", "fix": {"set": {"domain_endpoint_options[0].enforce_https": true}, "risk": "low"}} if {
	input.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	input.values.domain_endpoint_options[0].enforce_https == false
}
