package tollgate.aws.docdb_cluster_unencrypted_test

import rego.v1

import data.tollgate.aws.docdb_cluster_unencrypted as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_docdb_cluster", "address": "aws_docdb_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_docdb_cluster", "address": "aws_docdb_cluster.x", "kind": "terraform", "values": {"storage_encrypted": true}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::DocDB::DBCluster", "address": "AWS::DocDB::DBCluster.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
