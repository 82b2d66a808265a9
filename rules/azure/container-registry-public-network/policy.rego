# METADATA
# title: Container registry accepts traffic from the public network
# description: "The registry does not set `public_network_access_enabled = false` (the default is true)."
# custom:
#   id: AZ027
#   severity: medium
#   resource_types: [azurerm_container_registry]
#   tags: [acr, network]
#   frameworks:
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "Images and their credentials are reachable from the whole internet; private endpoints keep pulls and pushes inside your networks."
#   remediation: "Set `public_network_access_enabled = false`."
#   example: |
#     resource "azurerm_container_registry" "main" {
#       name                          = "acmeregistry"
#       resource_group_name           = "acme"
#       location                      = "westeurope"
#       sku                           = "Premium"
#       public_network_access_enabled = false
#     }
package tollgate.azure.container_registry_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts traffic from the public network (public_network_access_enabled is not false)", [input.address]), "attribute": "public_network_access_enabled", "fix": {"set": {"public_network_access_enabled": false}, "risk": "medium"}} if {
	input.type == "azurerm_container_registry"
	not lib.unknown("public_network_access_enabled")
	not input.values.public_network_access_enabled == false
}
