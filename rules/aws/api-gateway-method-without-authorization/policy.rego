# METADATA
# title: API Gateway method has no authorization
# description: "A REST API method sets `authorization = \"NONE\"` and requires no API key (CORS `OPTIONS` methods excepted)."
# custom:
#   id: AWS084
#   severity: medium
#   resource_types: [aws_api_gateway_method, "AWS::ApiGateway::Method"]
#   tags: [api-gateway, authentication]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3", "IA-2"]
#     pci-dss-v4: ["8.2.1"]
#   why: "Anyone who finds the endpoint can call the integration behind it: a Lambda function, an internal HTTP service or an AWS API with the gateway's role."
#   remediation: "Set `authorization` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` with an authorizer, or require an API key for machine clients. A deliberately public method can be waived with its reason."
#   example: |
#     resource "aws_api_gateway_method" "get_orders" {
#       rest_api_id   = aws_api_gateway_rest_api.shop.id
#       resource_id   = aws_api_gateway_resource.orders.id
#       http_method   = "GET"
#       authorization = "AWS_IAM"
#     }
package tollgate.aws.api_gateway_method_without_authorization

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has no authorization", [input.address]), "attribute": "authorization"} if {
	input.type == "aws_api_gateway_method"
	upper(input.values.authorization) == "NONE"
	not upper(input.values.http_method) == "OPTIONS"
	not input.values.api_key_required == true
}

deny contains {"msg": sprintf("%s has no authorization", [input.address]), "attribute": "AuthorizationType"} if {
	input.type == "AWS::ApiGateway::Method"
	authorization := object.get(input.values, "AuthorizationType", "NONE")
	is_string(authorization)
	upper(authorization) == "NONE"
	not upper(input.values.HttpMethod) == "OPTIONS"
	not input.values.ApiKeyRequired in {true, "true"}
}
