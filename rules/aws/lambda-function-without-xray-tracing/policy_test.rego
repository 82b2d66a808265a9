package tollgate.aws.lambda_function_without_xray_tracing_test

import rego.v1

import data.tollgate.aws.lambda_function_without_xray_tracing as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"function_name": "f"}, "unknown": []}
}

test_passthrough_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"tracing_config": [{"mode": "PassThrough"}]}, "unknown": []}
}

test_active_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"tracing_config": [{"mode": "Active"}]}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_lambda_function", "address": "aws_lambda_function.x", "kind": "terraform", "values": {"tracing_config": [{}]}, "unknown": ["tracing_config[0].mode"]}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function/x", "kind": "cloudformation", "values": {"Runtime": "python3.12"}, "unknown": []}
}

test_cfn_active_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::Lambda::Function", "address": "AWS::Lambda::Function/x", "kind": "cloudformation", "values": {"TracingConfig": {"Mode": "Active"}}, "unknown": []}
}
