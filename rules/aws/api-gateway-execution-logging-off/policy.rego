# METADATA
# title: API Gateway execution logging turned off
# description: "Method settings set `logging_level = \"OFF\"` (or leave it unset)."
# custom:
#   id: AWS130
#   severity: low
#   resource_types: [aws_api_gateway_method_settings]
#   tags: [api-gateway, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Execution logs show authorizer decisions, integration errors and throttling; with logging off, failed and abusive calls leave no detail."
#   remediation: "Set `logging_level = \"ERROR\"` (or `\"INFO\"`) in the method settings."
#   example: |
#     settings {
#       logging_level   = "ERROR"
#       metrics_enabled = true
#     }
package tollgate.aws.api_gateway_execution_logging_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s turns execution logging off", [input.address]), "attribute": "settings[0].logging_level", "fix": {"set": {"settings[0].logging_level": "ERROR"}, "risk": "low"}} if {
	input.type == "aws_api_gateway_method_settings"
	value := object.get(input.values, ["settings", 0, "logging_level"], "OFF")
	value != null
	not lower(sprintf("%v", [value])) in {"error", "info"}
	not lib.unknown("settings")
}
