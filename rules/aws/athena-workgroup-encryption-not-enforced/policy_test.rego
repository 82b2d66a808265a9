package tollgate.aws.athena_workgroup_encryption_not_enforced_test

import rego.v1

import data.tollgate.aws.athena_workgroup_encryption_not_enforced as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_athena_workgroup", "address": "aws_athena_workgroup.x", "kind": "terraform", "values": {"configuration": [{"enforce_workgroup_configuration": false}]}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_athena_workgroup", "address": "aws_athena_workgroup.x", "kind": "terraform", "values": {"configuration": [{"enforce_workgroup_configuration": true}]}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_athena_workgroup", "address": "aws_athena_workgroup.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}
