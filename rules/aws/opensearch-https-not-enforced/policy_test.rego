package tollgate.aws.opensearch_https_not_enforced_test

import rego.v1

import data.tollgate.aws.opensearch_https_not_enforced as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"domain_endpoint_options": [{"enforce_https": false}]}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"domain_endpoint_options": [{"enforce_https": true}]}, "unknown": []}
}
