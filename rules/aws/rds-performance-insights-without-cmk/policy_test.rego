package tollgate.aws.rds_performance_insights_without_cmk_test

import rego.v1

import data.tollgate.aws.rds_performance_insights_without_cmk as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders", "engine": "postgres", "instance_class": "db.t4g.medium", "performance_insights_enabled": true}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders-ok", "engine": "postgres", "instance_class": "db.t4g.medium", "performance_insights_enabled": true, "performance_insights_kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/1111"}, "unknown": []}
}
