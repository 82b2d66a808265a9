package tollgate.aws.rds_instance_single_az_test

import rego.v1

import data.tollgate.aws.rds_instance_single_az as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders", "engine": "postgres", "instance_class": "db.m6g.large"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders-ok", "engine": "postgres", "instance_class": "db.m6g.large", "multi_az": true}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders-replica", "replicate_source_db": "orders", "instance_class": "db.m6g.large"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders-replica"}, "unknown": ["replicate_source_db"]}
}
