package tollgate.aws.api_gateway_execution_logging_off_test

import rego.v1

import data.tollgate.aws.api_gateway_execution_logging_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_api_gateway_method_settings", "address": "aws_api_gateway_method_settings.x", "kind": "terraform", "values": {"rest_api_id": "a1b2c3", "stage_name": "prod", "method_path": "*/*", "settings": [{"metrics_enabled": true, "logging_level": "OFF"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_method_settings", "address": "aws_api_gateway_method_settings.x", "kind": "terraform", "values": {"rest_api_id": "a1b2c3", "stage_name": "prod-ok", "method_path": "*/*", "settings": [{"metrics_enabled": true, "logging_level": "ERROR"}]}, "unknown": []}
}
