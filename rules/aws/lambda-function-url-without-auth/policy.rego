# METADATA
# title: Lambda function URL needs no authentication
# description: "The function URL's `authorization_type` is `NONE`."
# custom:
#   id: AWS019
#   severity: high
#   resource_types: [aws_lambda_function_url, "AWS::Lambda::Url"]
#   tags: [lambda, public-access]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Anyone on the internet can invoke the function, run up its cost and reach whatever its role can touch."
#   remediation: "Use `authorization_type = \"AWS_IAM\"`, or put the function behind API Gateway with an authorizer."
#   example: |
#     resource "aws_lambda_function_url" "api" {
#       function_name      = aws_lambda_function.api.function_name
#       authorization_type = "AWS_IAM"
#     }
package tollgate.aws.lambda_function_url_without_auth

import rego.v1

deny contains {"msg": sprintf("%s can be invoked by anyone (authorization_type NONE)", [input.address]), "attribute": "authorization_type", "fix": {"set": {"authorization_type": "AWS_IAM"}, "risk": "medium"}} if {
	input.type == "aws_lambda_function_url"
	input.values.authorization_type == "NONE"
}

deny contains {"msg": sprintf("%s can be invoked by anyone (AuthType NONE)", [input.address]), "attribute": "AuthType"} if {
	input.type == "AWS::Lambda::Url"
	input.values.AuthType == "NONE"
}
