package tollgate.aws.cognito_user_pool_mfa_off_test

import rego.v1

import data.tollgate.aws.cognito_user_pool_mfa_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_cognito_user_pool", "address": "aws_cognito_user_pool.x", "kind": "terraform", "values": {"name": "customers"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::Cognito::UserPool", "address": "AWS::Cognito::UserPool.x", "kind": "cloudformation", "values": {"UserPoolName": "customers"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_cognito_user_pool", "address": "aws_cognito_user_pool.x", "kind": "terraform", "values": {"name": "customers-ok", "mfa_configuration": "ON", "software_token_mfa_configuration": [{"enabled": true}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::Cognito::UserPool", "address": "AWS::Cognito::UserPool.x", "kind": "cloudformation", "values": {"UserPoolName": "customers", "MfaConfiguration": "ON", "EnabledMfas": ["SOFTWARE_TOKEN_MFA"]}, "unknown": []}
}
