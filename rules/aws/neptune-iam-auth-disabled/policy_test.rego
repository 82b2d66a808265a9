package tollgate.aws.neptune_iam_auth_disabled_test

import rego.v1

import data.tollgate.aws.neptune_iam_auth_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_neptune_cluster", "address": "aws_neptune_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "graph", "engine": "neptune", "storage_encrypted": true}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::Neptune::DBCluster", "address": "AWS::Neptune::DBCluster.x", "kind": "cloudformation", "values": {"StorageEncrypted": true}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_neptune_cluster", "address": "aws_neptune_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "graph-ok", "engine": "neptune", "storage_encrypted": true, "iam_database_authentication_enabled": true}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::Neptune::DBCluster", "address": "AWS::Neptune::DBCluster.x", "kind": "cloudformation", "values": {"StorageEncrypted": true, "IamAuthEnabled": true}, "unknown": []}
}
