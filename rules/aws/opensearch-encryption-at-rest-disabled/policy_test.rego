package tollgate.aws.opensearch_encryption_at_rest_disabled_test

import rego.v1

import data.tollgate.aws.opensearch_encryption_at_rest_disabled as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"encrypt_at_rest": [{"enabled": true}]}, "unknown": []}
}
