package tollgate.aws.appsync_api_key_auth_test

import rego.v1

import data.tollgate.aws.appsync_api_key_auth as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_appsync_graphql_api", "address": "aws_appsync_graphql_api.x", "kind": "terraform", "values": {"name": "shop", "authentication_type": "API_KEY"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::AppSync::GraphQLApi", "address": "AWS::AppSync::GraphQLApi.x", "kind": "cloudformation", "values": {"Name": "shop", "AuthenticationType": "API_KEY"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_appsync_graphql_api", "address": "aws_appsync_graphql_api.x", "kind": "terraform", "values": {"name": "shop-ok", "authentication_type": "AWS_IAM"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::AppSync::GraphQLApi", "address": "AWS::AppSync::GraphQLApi.x", "kind": "cloudformation", "values": {"Name": "shop", "AuthenticationType": "AWS_IAM"}, "unknown": []}
}
