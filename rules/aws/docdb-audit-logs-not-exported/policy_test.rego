package tollgate.aws.docdb_audit_logs_not_exported_test

import rego.v1

import data.tollgate.aws.docdb_audit_logs_not_exported as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_docdb_cluster", "address": "aws_docdb_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "catalog", "engine": "docdb", "master_username": "admin", "manage_master_user_password": true, "storage_encrypted": true, "enabled_cloudwatch_logs_exports": ["profiler"]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_docdb_cluster", "address": "aws_docdb_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "catalog-ok", "engine": "docdb", "master_username": "admin", "manage_master_user_password": true, "storage_encrypted": true, "enabled_cloudwatch_logs_exports": ["audit", "profiler"]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "AWS::DocDB::DBCluster", "address": "AWS::DocDB::DBCluster.x", "kind": "cloudformation", "values": {"MasterUsername": "admin", "StorageEncrypted": true, "EnableCloudwatchLogsExports": ["audit"]}, "unknown": []}
}
