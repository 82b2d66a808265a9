# METADATA
# title: Cosmos DB account accepts connections from public networks
# description: "A Cosmos DB account does not set `public_network_access_enabled = false` (the default is true)."
# custom:
#   id: AZ014
#   severity: medium
#   resource_types: [azurerm_cosmosdb_account]
#   tags: [cosmosdb, network, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "A public endpoint leaves the account's keys as the only protection of its data; leaked keys work from anywhere."
#   remediation: "Set `public_network_access_enabled = false` and use private endpoints (or restrict `ip_range_filter`)."
#   example: |
#     resource "azurerm_cosmosdb_account" "docs" {
#       name                = "acme-docs"
#       resource_group_name = "acme"
#       location            = "westeurope"
#       offer_type          = "Standard"
#       public_network_access_enabled = false
#     }
package tollgate.azure.cosmosdb_public_network_access

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts connections from public networks", [input.address]), "attribute": "public_network_access_enabled", "fix": {"set": {"public_network_access_enabled": false}, "risk": "high"}} if {
	input.type in {"azurerm_cosmosdb_account"}
	not input.values.public_network_access_enabled == false
	not lib.unknown("public_network_access_enabled")
}
