package tollgate.aws.neptune_cluster_unencrypted_test

import rego.v1

import data.tollgate.aws.neptune_cluster_unencrypted as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_neptune_cluster", "address": "aws_neptune_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_neptune_cluster", "address": "aws_neptune_cluster.x", "kind": "terraform", "values": {"storage_encrypted": true}, "unknown": []}
}
