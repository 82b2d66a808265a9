# METADATA
# title: Event Hubs namespace reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ077
#   severity: medium
#   resource_types: [azurerm_eventhub_namespace, azurerm_servicebus_namespace]
#   tags: [messaging, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Messages and connection strings work from anywhere when the namespace listens publicly."
#   remediation: "Set `public_network_access_enabled = false` and use private endpoints."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.eventhub_namespace_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts connections from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type in {"azurerm_eventhub_namespace", "azurerm_servicebus_namespace"}
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
