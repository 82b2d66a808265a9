package tollgate.aws.lambda_environment_without_cmk_test

import rego.v1

import data.tollgate.aws.lambda_environment_without_cmk as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "ingest", "role": "arn:aws:iam::123456789012:role/ingest", "runtime": "python3.12", "handler": "app.handler", "filename": "ingest.zip", "environment": [{"variables": {"TABLE": "orders"}}]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function.x", "kind": "cloudformation", "values": {"Role": "arn:aws:iam::123456789012:role/ingest", "Runtime": "python3.12", "Handler": "app.handler", "Code": {"S3Bucket": "code", "S3Key": "ingest.zip"}, "Environment": {"Variables": {"TABLE": "orders"}}}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "ingest-ok", "role": "arn:aws:iam::123456789012:role/ingest", "runtime": "python3.12", "handler": "app.handler", "filename": "ingest.zip", "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111", "environment": [{"variables": {"TABLE": "orders"}}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function.x", "kind": "cloudformation", "values": {"Role": "arn:aws:iam::123456789012:role/ingest", "Runtime": "python3.12", "Handler": "app.handler", "Code": {"S3Bucket": "code", "S3Key": "ingest.zip"}}, "unknown": []}
}
