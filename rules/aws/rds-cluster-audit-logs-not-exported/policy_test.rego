package tollgate.aws.rds_cluster_audit_logs_not_exported_test

import rego.v1

import data.tollgate.aws.rds_cluster_audit_logs_not_exported as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_rds_cluster", "address": "aws_rds_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "orders", "engine": "aurora-postgresql"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_rds_cluster", "address": "aws_rds_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "orders-ok", "engine": "aurora-postgresql", "enabled_cloudwatch_logs_exports": ["postgresql"]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "AWS::RDS::DBCluster", "address": "AWS::RDS::DBCluster.x", "kind": "cloudformation", "values": {"Engine": "aurora-mysql", "EnableCloudwatchLogsExports": ["audit", "error"]}, "unknown": []}
}
