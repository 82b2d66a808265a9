# METADATA
# title: Key Vault purge protection is off
# description: "Deleted keys, secrets and certificates in the vault can be purged before the retention period ends."
# custom:
#   id: AZ003
#   severity: medium
#   resource_types: [azurerm_key_vault]
#   tags: [key-vault, key-management, recovery]
#   frameworks:
#     cis-azure-v2.1: ["8.5"]
#     soc2: ["A1.2"]
#     nist-800-53: ["SC-12"]
#   why: "Without purge protection a compromised or careless identity can destroy keys permanently, and with them every resource they encrypt."
#   remediation: "Set `purge_protection_enabled = true`."
#   example: |
#     resource "azurerm_key_vault" "main" {
#       name                     = "acme-main"
#       location                 = "westeurope"
#       resource_group_name      = "acme"
#       tenant_id                = var.tenant_id
#       sku_name                 = "standard"
#       purge_protection_enabled = true
#     }
package tollgate.azure.key_vault_purge_protection_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s can be purged (purge_protection_enabled is not true)", [input.address]), "attribute": "purge_protection_enabled", "fix": {"set": {"purge_protection_enabled": true}, "risk": "medium"}} if {
	input.type == "azurerm_key_vault"
	lib.not_true(input.values, "purge_protection_enabled")
}
