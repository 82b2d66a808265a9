# METADATA
# title: PostgreSQL flexible server is reachable from public networks
# description: "The server sets `public_network_access_enabled = true`."
# custom:
#   id: AZ036
#   severity: medium
#   resource_types: [azurerm_postgresql_flexible_server]
#   tags: [postgresql, network, public-access]
#   frameworks:
#     cis-azure-v2.1: ["4.3.7"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#     pci-dss-v4: ["1.4.1"]
#   why: "A public endpoint exposes the database to password spraying from the internet; only its firewall rules stand between it and every attacker."
#   remediation: "Set `public_network_access_enabled = false` and reach the server through VNet integration (`delegated_subnet_id`) or a private endpoint."
#   example: |
#     resource "azurerm_postgresql_flexible_server" "main" {
#       name                = "psql-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       version             = "16"
#       sku_name            = "GP_Standard_D2s_v3"
#       public_network_access_enabled = false
#     }
package tollgate.azure.postgresql_flexible_server_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is reachable from public networks", [input.address]), "attribute": "public_network_access_enabled", "fix": {"set": {"public_network_access_enabled": false}, "risk": "high"}} if {
	input.type == "azurerm_postgresql_flexible_server"
	input.values["public_network_access_enabled"] in {true}
}
