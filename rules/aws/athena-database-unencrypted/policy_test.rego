package tollgate.aws.athena_database_unencrypted_test

import rego.v1

import data.tollgate.aws.athena_database_unencrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_athena_database", "address": "aws_athena_database.x", "kind": "terraform", "values": {"name": "e"}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_athena_database", "address": "aws_athena_database.x", "kind": "terraform", "values": {"encryption_configuration": [{"encryption_option": "SSE_S3"}]}, "unknown": []}
}
