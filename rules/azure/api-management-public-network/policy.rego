# METADATA
# title: API Management reachable only through public networks
# description: "`virtual_network_type` is unset or `None`."
# custom:
#   id: AZ089
#   severity: low
#   resource_types: [azurerm_api_management]
#   tags: [api-management, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Outside a virtual network, the gateway reaches back-ends over the internet and the management endpoint is public."
#   remediation: "Set `virtual_network_type = \"Internal\"` (or `\"External\"`) with a `virtual_network_configuration`."
#   example: |
#     virtual_network_type = "Internal"
#     virtual_network_configuration {
#       subnet_id = azurerm_subnet.apim.id
#     }
package tollgate.azure.api_management_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not joined to a virtual network", [input.address]), "attribute": "virtual_network_type"} if {
	input.type == "azurerm_api_management"
	value := object.get(input.values, ["virtual_network_type"], "None")
	value != null
	not lower(sprintf("%v", [value])) in {"internal", "external"}
	not startswith(object.get(input.values, "sku_name", ""), "Consumption")
	not lib.unknown("virtual_network_type")
}
