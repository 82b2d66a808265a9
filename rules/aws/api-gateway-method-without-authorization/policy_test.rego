package tollgate.aws.api_gateway_method_without_authorization_test

import rego.v1

import data.tollgate.aws.api_gateway_method_without_authorization as rule

test_none_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_api_gateway_method", "address": "aws_api_gateway_method.x", "kind": "terraform", "values": {"http_method": "GET", "authorization": "NONE"}, "unknown": []}
}

test_options_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_method", "address": "aws_api_gateway_method.x", "kind": "terraform", "values": {"http_method": "OPTIONS", "authorization": "NONE"}, "unknown": []}
}

test_api_key_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_method", "address": "aws_api_gateway_method.x", "kind": "terraform", "values": {"http_method": "GET", "authorization": "NONE", "api_key_required": true}, "unknown": []}
}

test_iam_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_method", "address": "aws_api_gateway_method.x", "kind": "terraform", "values": {"http_method": "GET", "authorization": "AWS_IAM"}, "unknown": []}
}

test_cfn_default_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::ApiGateway::Method", "address": "AWS::ApiGateway::Method/x", "kind": "cloudformation", "values": {"HttpMethod": "POST"}, "unknown": []}
}

test_cfn_cognito_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::ApiGateway::Method", "address": "AWS::ApiGateway::Method/x", "kind": "cloudformation", "values": {"HttpMethod": "POST", "AuthorizationType": "COGNITO_USER_POOLS"}, "unknown": []}
}
