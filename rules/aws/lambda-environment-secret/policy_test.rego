package tollgate.aws.lambda_environment_secret_test

import rego.v1

import data.tollgate.aws.lambda_environment_secret as rule

test_literal_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"environment": [{"variables": {"DB_PASSWORD": "hunter2hunter2"}}]}, "unknown": []}
}

test_reference_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"environment": [{"variables": {"DB_PASSWORD_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:1:secret:db"}}]}, "unknown": []}
}

test_plain_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"environment": [{"variables": {"LOG_LEVEL": "debug"}}]}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"environment": [{"variables": {"API_TOKEN": "abcdefgh"}}]}, "unknown": ["environment[0].variables.API_TOKEN"]}
}

test_cfn_literal_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function/x", "kind": "cloudformation", "values": {"Environment": {"Variables": {"API_KEY": "sk_live_abcdef"}}}, "unknown": []}
}

test_cfn_resolve_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function/x", "kind": "cloudformation", "values": {"Environment": {"Variables": {"API_KEY": "{{resolve:secretsmanager:api}}"}}}, "unknown": []}
}

test_counts_and_references_allowed if {
	variables := {"MAX_OUTPUT_TOKENS": "4096", "API_KEY_SECRET_ID": "api-key", "DB_PASSWORD_FILE": "/run/secrets/db"}
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"environment": [{"variables": variables}]}, "unknown": []}
}
