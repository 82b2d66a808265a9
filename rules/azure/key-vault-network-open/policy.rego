# METADATA
# title: Key Vault accepts traffic from all networks
# description: "A Key Vault has no `network_acls` with `default_action = \"Deny\"`."
# custom:
#   id: AZ017
#   severity: medium
#   resource_types: [azurerm_key_vault]
#   tags: [key-vault, network, exposure]
#   frameworks:
#     cis-azure-v2.1: ["8.7"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "Secrets, keys and certificates are reachable from any network; a stolen token is all it takes."
#   remediation: "Add `network_acls { default_action = \"Deny\", bypass = \"AzureServices\" }` and allow the networks that need the vault."
#   example: |
#     network_acls {
#       default_action = "Deny"
#       bypass         = "AzureServices"
#       ip_rules       = ["203.0.113.0/24"]
#     }
package tollgate.azure.key_vault_network_open

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts traffic from all networks", [input.address]), "attribute": "network_acls"} if {
	input.type == "azurerm_key_vault"
	not input.values.network_acls[0].default_action == "Deny"
	not lib.unknown("network_acls")
	not lib.unknown("network_acls[0].default_action")
	not input.values.public_network_access_enabled == false
}
