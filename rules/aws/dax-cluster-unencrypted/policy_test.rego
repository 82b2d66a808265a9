package tollgate.aws.dax_cluster_unencrypted_test

import rego.v1

import data.tollgate.aws.dax_cluster_unencrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_dax_cluster", "address": "aws_dax_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_dax_cluster", "address": "aws_dax_cluster.x", "kind": "terraform", "values": {"server_side_encryption": [{"enabled": true}]}, "unknown": []}
}
