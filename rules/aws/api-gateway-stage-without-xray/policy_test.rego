package tollgate.aws.api_gateway_stage_without_xray_test

import rego.v1

import data.tollgate.aws.api_gateway_stage_without_xray as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_api_gateway_stage", "address": "aws_api_gateway_stage.x", "kind": "terraform", "values": {"stage_name": "prod", "rest_api_id": "a1b2c3d4e5", "deployment_id": "abc123"}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_stage", "address": "aws_api_gateway_stage.x", "kind": "terraform", "values": {"stage_name": "prod", "rest_api_id": "a1b2c3d4e5", "deployment_id": "abc123", "xray_tracing_enabled": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_stage", "address": "aws_api_gateway_stage.x", "kind": "terraform", "values": {"stage_name": "prod", "rest_api_id": "a1b2c3d4e5", "deployment_id": "abc123"}, "unknown": ["xray_tracing_enabled"]}
}

test_explicitly_unsafe_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_api_gateway_stage", "address": "aws_api_gateway_stage.x", "kind": "terraform", "values": {"stage_name": "prod", "rest_api_id": "a1b2c3d4e5", "deployment_id": "abc123", "xray_tracing_enabled": false}, "unknown": []}
}
