package tollgate.aws.appsync_logging_disabled_test

import rego.v1

import data.tollgate.aws.appsync_logging_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_appsync_graphql_api", "address": "aws_appsync_graphql_api.x", "kind": "terraform", "values": {"name": "shop", "authentication_type": "AMAZON_COGNITO_USER_POOLS"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::AppSync::GraphQLApi", "address": "AWS::AppSync::GraphQLApi.x", "kind": "cloudformation", "values": {"Name": "shop", "AuthenticationType": "AMAZON_COGNITO_USER_POOLS"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_appsync_graphql_api", "address": "aws_appsync_graphql_api.x", "kind": "terraform", "values": {"name": "shop-ok", "authentication_type": "AMAZON_COGNITO_USER_POOLS", "log_config": [{"cloudwatch_logs_role_arn": "arn:aws:iam::123456789012:role/appsync-logs", "field_log_level": "ERROR"}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::AppSync::GraphQLApi", "address": "AWS::AppSync::GraphQLApi.x", "kind": "cloudformation", "values": {"Name": "shop", "AuthenticationType": "AMAZON_COGNITO_USER_POOLS", "LogConfig": {"CloudWatchLogsRoleArn": "arn:aws:iam::123456789012:role/appsync-logs", "FieldLogLevel": "ERROR"}}, "unknown": []}
}
