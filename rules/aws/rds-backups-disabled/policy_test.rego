package tollgate.aws.rds_backups_disabled_test

import rego.v1

import data.tollgate.aws.rds_backups_disabled as rule

test_zero_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"backup_retention_period": 0}, "unknown": []}
}

test_seven_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"backup_retention_period": 7}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_replica_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"backup_retention_period": 0, "replicate_source_db": "app"}, "unknown": []}
}

test_replica_of_a_reference_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"backup_retention_period": 0}, "unknown": ["replicate_source_db"]}
}
