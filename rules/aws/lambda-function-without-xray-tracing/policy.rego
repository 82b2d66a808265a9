# METADATA
# title: Lambda function has no active X-Ray tracing
# description: "The function does not set `tracing_config { mode = \"Active\" }`."
# custom:
#   id: AWS081
#   severity: low
#   resource_types: [aws_lambda_function, "AWS::Lambda::Function"]
#   tags: [lambda, tracing, observability]
#   frameworks:
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-12"]
#   why: "Without traces an incident responder cannot follow a request through the function and the services it calls, nor see where time and errors go."
#   remediation: "Add `tracing_config { mode = \"Active\" }` (CloudFormation: `TracingConfig: {Mode: Active}`) and allow the role `xray:PutTraceSegments`."
#   example: |
#     resource "aws_lambda_function" "api" {
#       function_name = "api"
#       role          = aws_iam_role.api.arn
#       runtime       = "python3.12"
#       handler       = "app.handler"
#       filename      = "api.zip"
#       tracing_config {
#         mode = "Active"
#       }
#     }
package tollgate.aws.lambda_function_without_xray_tracing

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has no active X-Ray tracing", [input.address]), "attribute": "tracing_config", "fix": {"set": {"tracing_config[0].mode": "Active"}, "risk": "low"}} if {
	input.type == "aws_lambda_function"
	not input.values.tracing_config[0].mode == "Active"
	not lib.unknown("tracing_config[0].mode")
}

deny contains {"msg": sprintf("%s has no active X-Ray tracing", [input.address]), "attribute": "TracingConfig"} if {
	input.type == "AWS::Lambda::Function"
	not input.values.TracingConfig.Mode == "Active"
}
