# METADATA
# title: Function App accepts plain HTTP
# description: "`https_only` is not true."
# custom:
#   id: AZ061
#   severity: medium
#   resource_types: [azurerm_linux_function_app, azurerm_windows_function_app, azurerm_function_app]
#   tags: [functions, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#     cis-azure-v2.1: ["9.2"]
#   why: "Function keys and payloads sent over HTTP can be read and replayed by anyone on the path."
#   remediation: "Set `https_only = true`."
#   example: |
#     https_only = true
package tollgate.azure.function_app_https_not_required

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plain-HTTP requests", [input.address]), "attribute": "https_only", "fix": {"set": {"https_only": true}, "risk": "low"}} if {
	input.type in {"azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app"}
	not lib.truthy(object.get(input.values, ["https_only"], null))
	not lib.unknown("https_only")
}
