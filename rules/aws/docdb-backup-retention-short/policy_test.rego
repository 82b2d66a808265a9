package tollgate.aws.docdb_backup_retention_short_test

import rego.v1

import data.tollgate.aws.docdb_backup_retention_short as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_docdb_cluster", "address": "aws_docdb_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "catalog", "engine": "docdb", "master_username": "admin", "manage_master_user_password": true, "storage_encrypted": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_docdb_cluster", "address": "aws_docdb_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "catalog-ok", "engine": "docdb", "master_username": "admin", "manage_master_user_password": true, "storage_encrypted": true, "backup_retention_period": 14}, "unknown": []}
}
