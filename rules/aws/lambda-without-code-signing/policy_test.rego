package tollgate.aws.lambda_without_code_signing_test

import rego.v1

import data.tollgate.aws.lambda_without_code_signing as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "ingest", "role": "arn:aws:iam::123456789012:role/ingest", "runtime": "python3.12", "handler": "app.handler", "filename": "ingest.zip"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "ingest-ok", "role": "arn:aws:iam::123456789012:role/ingest", "runtime": "python3.12", "handler": "app.handler", "filename": "ingest.zip", "code_signing_config_arn": "arn:aws:lambda:eu-west-1:123456789012:code-signing-config:csc-0a1"}, "unknown": []}
}
