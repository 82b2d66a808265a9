package tollgate.aws.rds_postgres_ssl_not_forced_test

import rego.v1

import data.tollgate.aws.rds_postgres_ssl_not_forced as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_db_parameter_group", "address": "aws_db_parameter_group.x", "kind": "terraform", "values": {"name": "orders", "family": "postgres16", "parameter": [{"name": "rds.force_ssl", "value": "0"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_db_parameter_group", "address": "aws_db_parameter_group.x", "kind": "terraform", "values": {"name": "orders-ok", "family": "postgres16", "parameter": [{"name": "rds.force_ssl", "value": "1"}]}, "unknown": []}
}
