# METADATA
# title: AI Search service reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ079
#   severity: medium
#   resource_types: [azurerm_search_service]
#   tags: [search, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Search indexes hold copies of documents; a public endpoint exposes them to anyone with a key."
#   remediation: "Set `public_network_access_enabled = false` and use a private endpoint."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.search_service_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts queries from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type == "azurerm_search_service"
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
