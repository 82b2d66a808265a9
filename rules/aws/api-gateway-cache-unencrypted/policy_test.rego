package tollgate.aws.api_gateway_cache_unencrypted_test

import rego.v1

import data.tollgate.aws.api_gateway_cache_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_api_gateway_method_settings", "address": "aws_api_gateway_method_settings.x", "kind": "terraform", "values": {"rest_api_id": "a1b2c3", "stage_name": "prod", "method_path": "*/*", "settings": [{"caching_enabled": true, "metrics_enabled": true}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_method_settings", "address": "aws_api_gateway_method_settings.x", "kind": "terraform", "values": {"rest_api_id": "a1b2c3", "stage_name": "prod-ok", "method_path": "*/*", "settings": [{"metrics_enabled": true}]}, "unknown": []}
}
