# METADATA
# title: IoT Hub reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ086
#   severity: medium
#   resource_types: [azurerm_iothub]
#   tags: [iot, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Device and service connection strings then work from anywhere on the internet."
#   remediation: "Set `public_network_access_enabled = false` where devices connect through private networks."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.iothub_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts connections from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type == "azurerm_iothub"
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
