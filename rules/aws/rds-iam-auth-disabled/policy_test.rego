package tollgate.aws.rds_iam_auth_disabled_test

import rego.v1

import data.tollgate.aws.rds_iam_auth_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "postgres"}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "postgres", "iam_database_authentication_enabled": true}, "unknown": []}
}

test_aurora_instance_skipped if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "aurora-postgresql"}, "unknown": []}
}

test_oracle_skipped if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"engine": "oracle-ee"}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::RDS::DBInstance", "address": "AWS::RDS::DBInstance.x", "kind": "cloudformation", "values": {"Engine": "mysql"}, "unknown": []}
}

test_null_engine_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.replica", "kind": "terraform", "values": {"engine": null}, "unknown": []}
}
