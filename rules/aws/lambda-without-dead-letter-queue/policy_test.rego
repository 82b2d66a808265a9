package tollgate.aws.lambda_without_dead_letter_queue_test

import rego.v1

import data.tollgate.aws.lambda_without_dead_letter_queue as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"resources": [{"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "ingest", "role": "arn:aws:iam::123456789012:role/ingest", "runtime": "python3.12", "handler": "app.handler", "filename": "ingest.zip"}, "unknown": [], "source": {"file": "main.tf", "line": 1}}]}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"resources": [{"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function.x", "kind": "cloudformation", "values": {"Role": "arn:aws:iam::123456789012:role/ingest", "Runtime": "python3.12", "Handler": "app.handler", "Code": {"S3Bucket": "code", "S3Key": "ingest.zip"}}, "unknown": [], "source": {"file": "main.tf", "line": 1}}]}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "ingest-ok", "role": "arn:aws:iam::123456789012:role/ingest", "runtime": "python3.12", "handler": "app.handler", "filename": "ingest.zip", "dead_letter_config": [{"target_arn": "arn:aws:sqs:eu-west-1:123456789012:ingest-dlq"}]}, "unknown": [], "source": {"file": "main.tf", "line": 1}}]}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function.x", "kind": "cloudformation", "values": {"Role": "arn:aws:iam::123456789012:role/ingest", "Runtime": "python3.12", "Handler": "app.handler", "Code": {"S3Bucket": "code", "S3Key": "ingest.zip"}, "DeadLetterConfig": {"TargetArn": "arn:aws:sqs:eu-west-1:123456789012:ingest-dlq"}}, "unknown": [], "source": {"file": "main.tf", "line": 1}}]}
}

test_pass_5 if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "ingest-async"}, "unknown": [], "source": {"file": "main.tf", "line": 1}}, {"type": "aws_lambda_function_event_invoke_config", "address": "aws_lambda_function_event_invoke_config.x", "kind": "terraform", "values": {"maximum_retry_attempts": 1}, "unknown": ["function_name"], "source": {"file": "main.tf", "line": 9}}]}
}
