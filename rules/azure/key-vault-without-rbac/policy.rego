# METADATA
# title: Key Vault uses access policies instead of Azure RBAC
# description: "The vault does not set `enable_rbac_authorization = true`."
# custom:
#   id: AZ028
#   severity: medium
#   resource_types: [azurerm_key_vault]
#   tags: [key-vault, access-control]
#   frameworks:
#     cis-azure-v2.1: ["8.6"]
#     nist-800-53: ["AC-3"]
#   why: "Access policies grant vault-wide permissions outside Azure RBAC, so they escape role reviews, PIM and conditional access."
#   remediation: "Set `enable_rbac_authorization = true`."
#   example: |
#     resource "azurerm_key_vault" "main" {
#       name                      = "acme-app"
#       location                  = "westeurope"
#       resource_group_name       = "acme"
#       tenant_id                 = "00000000-0000-0000-0000-000000000000"
#       sku_name                  = "standard"
#       purge_protection_enabled  = true
#       enable_rbac_authorization = true
#     }
package tollgate.azure.key_vault_without_rbac

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s uses access policies, not Azure RBAC (enable_rbac_authorization is not true)", [input.address]), "attribute": "enable_rbac_authorization"} if {
	input.type == "azurerm_key_vault"
	lib.not_true(input.values, "enable_rbac_authorization")
}
