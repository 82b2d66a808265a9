package tollgate.aws.rds_copy_tags_to_snapshot_disabled_test

import rego.v1

import data.tollgate.aws.rds_copy_tags_to_snapshot_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_rds_cluster", "address": "aws_rds_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "orders", "engine": "aurora-postgresql"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::RDS::DBCluster", "address": "AWS::RDS::DBCluster.x", "kind": "cloudformation", "values": {"Engine": "aurora-postgresql"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_rds_cluster", "address": "aws_rds_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "orders-ok", "engine": "aurora-postgresql", "copy_tags_to_snapshot": true}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::RDS::DBCluster", "address": "AWS::RDS::DBCluster.x", "kind": "cloudformation", "values": {"Engine": "aurora-postgresql", "CopyTagsToSnapshot": true}, "unknown": []}
}
