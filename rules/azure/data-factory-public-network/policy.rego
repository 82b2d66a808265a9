# METADATA
# title: Data Factory is reachable from public networks
# description: "The factory does not set `public_network_enabled = false`."
# custom:
#   id: AZ037
#   severity: low
#   resource_types: [azurerm_data_factory]
#   tags: [data-factory, network, public-access]
#   frameworks:
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "A factory that accepts public traffic exposes its authoring and integration runtime endpoints, which hold linked-service credentials, to the internet."
#   remediation: "Set `public_network_enabled = false` and use managed private endpoints."
#   example: |
#     resource "azurerm_data_factory" "main" {
#       name                = "adf-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       public_network_enabled = false
#     }
package tollgate.azure.data_factory_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is reachable from public networks", [input.address]), "attribute": "public_network_enabled", "fix": {"set": {"public_network_enabled": false}, "risk": "high"}} if {
	input.type == "azurerm_data_factory"
	not input.values["public_network_enabled"] == false
	not lib.unknown("public_network_enabled")
}
