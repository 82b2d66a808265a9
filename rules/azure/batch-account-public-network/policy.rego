# METADATA
# title: Batch account reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ088
#   severity: low
#   resource_types: [azurerm_batch_account]
#   tags: [batch, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "The account's management endpoint then accepts keys and tokens from anywhere."
#   remediation: "Set `public_network_access_enabled = false` and use a private endpoint."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.batch_account_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts requests from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type == "azurerm_batch_account"
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
