# METADATA
# title: AppSync API authenticates with API keys
# description: "`authentication_type = \"API_KEY\"`."
# custom:
#   id: AWS156
#   severity: medium
#   resource_types: [aws_appsync_graphql_api, "AWS::AppSync::GraphQLApi"]
#   tags: [appsync, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "API keys are shared secrets embedded in clients: anyone who extracts one calls the API as the application."
#   remediation: "Use `AMAZON_COGNITO_USER_POOLS`, `OPENID_CONNECT`, `AWS_IAM` or `AWS_LAMBDA` authentication."
#   example: |
#     authentication_type = "AMAZON_COGNITO_USER_POOLS"
package tollgate.aws.appsync_api_key_auth

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s authenticates callers with a shared API key", [input.address]), "attribute": "authentication_type"} if {
	input.type == "aws_appsync_graphql_api"
	lower(sprintf("%v", [object.get(input.values, ["authentication_type"], null)])) in {"api_key"}
	not lib.unknown("authentication_type")
}

deny contains {"msg": sprintf("%s authenticates callers with a shared API key", [input.address]), "attribute": "AuthenticationType"} if {
	input.type == "AWS::AppSync::GraphQLApi"
	lower(sprintf("%v", [object.get(input.values, ["AuthenticationType"], null)])) in {"api_key"}
}
