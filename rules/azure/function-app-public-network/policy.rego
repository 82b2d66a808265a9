# METADATA
# title: Function App reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ062
#   severity: medium
#   resource_types: [azurerm_linux_function_app, azurerm_windows_function_app]
#   tags: [functions, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Internal functions on a public endpoint are protected only by their function keys."
#   remediation: "Set `public_network_access_enabled = false` and use private endpoints, unless the function is a public API."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.function_app_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts requests from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type in {"azurerm_linux_function_app", "azurerm_windows_function_app"}
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
