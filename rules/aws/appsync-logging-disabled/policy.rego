# METADATA
# title: AppSync API without logging
# description: "The API has no `log_config`."
# custom:
#   id: AWS155
#   severity: low
#   resource_types: [aws_appsync_graphql_api, "AWS::AppSync::GraphQLApi"]
#   tags: [appsync, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Without request logs, abuse of the GraphQL API (enumeration, expensive queries, authorization failures) leaves no trace."
#   remediation: "Add `log_config { cloudwatch_logs_role_arn = ..., field_log_level = \"ERROR\" }`."
#   example: |
#     log_config {
#       cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
#       field_log_level          = "ERROR"
#     }
package tollgate.aws.appsync_logging_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not log requests", [input.address]), "attribute": "log_config"} if {
	input.type == "aws_appsync_graphql_api"
	lib.blank(object.get(input.values, ["log_config"], null))
	not lib.unknown("log_config")
}

deny contains {"msg": sprintf("%s does not log requests", [input.address]), "attribute": "LogConfig"} if {
	input.type == "AWS::AppSync::GraphQLApi"
	lib.blank(object.get(input.values, ["LogConfig"], null))
}
