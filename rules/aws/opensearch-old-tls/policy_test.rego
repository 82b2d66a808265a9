package tollgate.aws.opensearch_old_tls_test

import rego.v1

import data.tollgate.aws.opensearch_old_tls as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"domain_name": "search", "domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-0-2019-07"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"domain_name": "search-ok", "domain_endpoint_options": [{"enforce_https": true, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"}]}, "unknown": []}
}
