package tollgate.aws.lambda_function_url_without_auth_test

import rego.v1

import data.tollgate.aws.lambda_function_url_without_auth as rule

test_none_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lambda_function_url", "address": "aws_lambda_function_url.x", "kind": "terraform", "values": {"authorization_type": "NONE"}, "unknown": []}
}

test_iam_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function_url", "address": "aws_lambda_function_url.x", "kind": "terraform", "values": {"authorization_type": "AWS_IAM"}, "unknown": []}
}
