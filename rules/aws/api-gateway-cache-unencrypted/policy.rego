# METADATA
# title: API Gateway caches responses unencrypted
# description: "Method settings turn caching on without `cache_data_encrypted = true`."
# custom:
#   id: AWS129
#   severity: medium
#   resource_types: [aws_api_gateway_method_settings, "AWS::ApiGateway::Stage"]
#   tags: [api-gateway, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Cached responses can hold personal data or tokens; unencrypted cache storage is readable to anyone with access to it."
#   remediation: "Set `cache_data_encrypted = true` wherever `caching_enabled = true`."
#   example: |
#     settings {
#       caching_enabled      = true
#       cache_data_encrypted = true
#     }
package tollgate.aws.api_gateway_cache_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s caches responses unencrypted", [input.address]), "attribute": "settings[0].cache_data_encrypted", "fix": {"set": {"settings[0].cache_data_encrypted": true}, "risk": "low"}} if {
	input.type == "aws_api_gateway_method_settings"
	not lib.truthy(object.get(input.values, ["settings", 0, "cache_data_encrypted"], null))
	lib.truthy(object.get(input.values, ["settings", 0, "caching_enabled"], false))
	not lib.unknown("settings")
}

deny contains {"msg": sprintf("%s caches responses unencrypted", [input.address]), "attribute": sprintf("MethodSettings[%d].CacheDataEncrypted", [i])} if {
	input.type == "AWS::ApiGateway::Stage"
	some i, setting in lib.list(input.values, "MethodSettings")
	lib.truthy(object.get(setting, "CachingEnabled", false))
	not lib.truthy(object.get(setting, "CacheDataEncrypted", false))
}
