package tollgate.aws.rds_deletion_protection_disabled_test

import rego.v1

import data.tollgate.aws.rds_deletion_protection_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "mysql"}, "unknown": []}
}

test_aurora_instance_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "aurora-mysql"}, "unknown": []}
}

test_aurora_cluster_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_rds_cluster", "address": "aws_rds_cluster.x", "kind": "terraform", "values": {"engine": "aurora-mysql"}, "unknown": []}
}

test_protected_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"deletion_protection": true}, "unknown": []}
}
