# METADATA
# title: API Gateway stage does not write access logs
# description: "A REST or HTTP API stage has no `access_log_settings`."
# custom:
#   id: AWS063
#   severity: medium
#   resource_types: [aws_api_gateway_stage, aws_apigatewayv2_stage, "AWS::ApiGateway::Stage"]
#   tags: [api-gateway, logging]
#   frameworks:
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#     nist-800-53: ["AU-2", "AU-12"]
#   why: "Without access logs, abuse of the API (credential stuffing, scraping, injection attempts) leaves no trace."
#   remediation: "Add `access_log_settings { destination_arn = ..., format = ... }` with a CloudWatch log group."
#   example: |
#     access_log_settings {
#       destination_arn = aws_cloudwatch_log_group.api.arn
#       format          = jsonencode({ requestId = "$context.requestId", status = "$context.status" })
#     }
package tollgate.aws.api_gateway_stage_access_logs_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not write access logs", [input.address]), "attribute": "access_log_settings"} if {
	input.type in {"aws_api_gateway_stage", "aws_apigatewayv2_stage"}
	count(lib.list(input.values, "access_log_settings")) == 0
	not lib.unknown("access_log_settings")
}

deny contains {"msg": sprintf("%s does not write access logs", [input.address]), "attribute": "AccessLogSetting"} if {
	input.type == "AWS::ApiGateway::Stage"
	not input.values.AccessLogSetting
}
