package tollgate.aws.rds_storage_unencrypted_test

import rego.v1

import data.tollgate.aws.rds_storage_unencrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "postgres"}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "postgres"}, "unknown": ["storage_encrypted"]}
}

test_aurora_member_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "aurora-postgresql"}, "unknown": []}
}

test_encrypted_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_rds_cluster", "address": "aws_rds_cluster.x", "kind": "terraform", "values": {"storage_encrypted": true}, "unknown": []}
}

test_null_engine_is_not_aurora if {
	count(rule.deny) == 1 with input as {"type": "aws_db_instance", "address": "a", "kind": "terraform", "values": {"engine": null}, "unknown": []}
}
