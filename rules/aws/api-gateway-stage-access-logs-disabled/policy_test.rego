package tollgate.aws.api_gateway_stage_access_logs_disabled_test

import rego.v1

import data.tollgate.aws.api_gateway_stage_access_logs_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_api_gateway_stage", "address": "aws_api_gateway_stage.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_apigatewayv2_stage", "address": "aws_apigatewayv2_stage.x", "kind": "terraform", "values": {"access_log_settings": [{"destination_arn": "a"}]}, "unknown": []}
}
