# METADATA
# title: API Gateway stage does not trace requests with X-Ray
# description: "The stage does not set `xray_tracing_enabled = true`."
# custom:
#   id: AWS080
#   severity: low
#   resource_types: [aws_api_gateway_stage]
#   tags: [api-gateway, tracing]
#   frameworks:
#     nist-800-53: ["AU-12"]
#   why: "Without traces, a slow or failing request cannot be followed from the API to the services behind it."
#   remediation: "Set `xray_tracing_enabled = true`."
#   example: |
#     resource "aws_api_gateway_stage" "main" {
#       stage_name           = "prod"
#       rest_api_id          = "a1b2c3d4e5"
#       deployment_id        = "abc123"
#       xray_tracing_enabled = true
#     }
package tollgate.aws.api_gateway_stage_without_xray

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not trace requests (xray_tracing_enabled is not true)", [input.address]), "attribute": "xray_tracing_enabled", "fix": {"set": {"xray_tracing_enabled": true}, "risk": "medium"}} if {
	input.type == "aws_api_gateway_stage"
	lib.not_true(input.values, "xray_tracing_enabled")
}
