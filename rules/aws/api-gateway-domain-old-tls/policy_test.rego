package tollgate.aws.api_gateway_domain_old_tls_test

import rego.v1

import data.tollgate.aws.api_gateway_domain_old_tls as rule

test_tls10_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_api_gateway_domain_name", "address": "aws_api_gateway_domain_name.x", "kind": "terraform", "values": {"security_policy": "TLS_1_0"}, "unknown": []}
}

test_tls12_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_domain_name", "address": "aws_api_gateway_domain_name.x", "kind": "terraform", "values": {"security_policy": "TLS_1_2"}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_api_gateway_domain_name", "address": "aws_api_gateway_domain_name.x", "kind": "terraform", "values": {"domain_name": "a"}, "unknown": []}
}

test_cfn_tls10_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::ApiGateway::DomainName", "address": "AWS::ApiGateway::DomainName/x", "kind": "cloudformation", "values": {"SecurityPolicy": "TLS_1_0"}, "unknown": []}
}
