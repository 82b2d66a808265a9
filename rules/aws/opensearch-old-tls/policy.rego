# METADATA
# title: OpenSearch domain accepts TLS below 1.2
# description: "`domain_endpoint_options.tls_security_policy` is `Policy-Min-TLS-1-0-2019-07`."
# custom:
#   id: AWS166
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   tags: [opensearch, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "TLS 1.0 and 1.1 have known weaknesses; clients can be downgraded to them."
#   remediation: "Set `tls_security_policy = \"Policy-Min-TLS-1-2-2019-07\"` (or the PFS 2023 policy)."
#   example: |
#     domain_endpoint_options {
#       enforce_https       = true
#       tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
#     }
package tollgate.aws.opensearch_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts TLS 1.0 and 1.1", [input.address]), "attribute": "domain_endpoint_options[0].tls_security_policy", "fix": {"set": {"domain_endpoint_options[0].tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}, "risk": "low"}} if {
	input.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	lower(sprintf("%v", [object.get(input.values, ["domain_endpoint_options", 0, "tls_security_policy"], null)])) in {"policy-min-tls-1-0-2019-07"}
	not lib.unknown("domain_endpoint_options")
}
