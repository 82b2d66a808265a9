# METADATA
# title: Key Vault key never expires
# description: "The key sets no `expiration_date`."
# custom:
#   id: AZ025
#   severity: medium
#   resource_types: [azurerm_key_vault_key]
#   tags: [key-vault, key-management]
#   frameworks:
#     cis-azure-v2.1: ["8.1", "8.2"]
#     nist-800-53: ["SC-12"]
#   why: "A key without an expiry is used indefinitely; an expiry forces rotation on a schedule you choose."
#   remediation: "Set `expiration_date` to the date the key must be replaced by."
#   example: |
#     resource "azurerm_key_vault_key" "main" {
#       name            = "data"
#       key_vault_id    = "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme"
#       key_type        = "RSA"
#       key_size        = 2048
#       key_opts        = ["wrapKey", "unwrapKey"]
#       expiration_date = "2027-12-31T00:00:00Z"
#     }
package tollgate.azure.key_vault_key_without_expiry

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s never expires (expiration_date is not set)", [input.address]), "attribute": "expiration_date"} if {
	input.type == "azurerm_key_vault_key"
	not lib.unknown("expiration_date")
	object.get(input.values, "expiration_date", null) == null
}
