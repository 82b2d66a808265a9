package tollgate.aws.lambda_permission_public_test

import rego.v1

import data.tollgate.aws.lambda_permission_public as rule

test_star_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lambda_permission", "address": "aws_lambda_permission.x", "kind": "terraform", "values": {"principal": "*"}, "unknown": []}
}

test_scoped_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_permission", "address": "aws_lambda_permission.x", "kind": "terraform", "values": {"principal": "*", "source_account": "123"}, "unknown": []}
}
