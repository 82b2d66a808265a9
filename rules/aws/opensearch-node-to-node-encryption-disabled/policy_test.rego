package tollgate.aws.opensearch_node_to_node_encryption_disabled_test

import rego.v1

import data.tollgate.aws.opensearch_node_to_node_encryption_disabled as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"node_to_node_encryption": [{"enabled": true}]}, "unknown": []}
}
