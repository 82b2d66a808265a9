# METADATA
# title: Key Vault secret never expires
# description: "The secret sets no `expiration_date`."
# custom:
#   id: AZ026
#   severity: medium
#   resource_types: [azurerm_key_vault_secret]
#   tags: [key-vault, secrets]
#   frameworks:
#     cis-azure-v2.1: ["8.3", "8.4"]
#     nist-800-53: ["IA-5"]
#   why: "A secret that never expires is never replaced; an expiry makes rotation a planned event instead of an incident."
#   remediation: "Set `expiration_date` to the date the key must be replaced by."
#   example: |
#     resource "azurerm_key_vault_secret" "main" {
#       name             = "db-password"
#       key_vault_id     = "/subscriptions/0/resourceGroups/acme/providers/Microsoft.KeyVault/vaults/acme"
#       value_wo         = "set-by-pipeline"
#       value_wo_version = 1
#       expiration_date  = "2027-12-31T00:00:00Z"
#     }
package tollgate.azure.key_vault_secret_without_expiry

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s never expires (expiration_date is not set)", [input.address]), "attribute": "expiration_date"} if {
	input.type == "azurerm_key_vault_secret"
	not lib.unknown("expiration_date")
	object.get(input.values, "expiration_date", null) == null
}
