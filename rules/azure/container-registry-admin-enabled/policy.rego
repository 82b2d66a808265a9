# METADATA
# title: Container registry admin user is enabled
# description: "An Azure Container Registry sets `admin_enabled = true`."
# custom:
#   id: AZ021
#   severity: medium
#   resource_types: [azurerm_container_registry]
#   tags: [acr, supply-chain, authentication]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-2", "AC-2"]
#   why: "The admin user is one shared username and password with push rights, not tied to any identity and rarely rotated."
#   remediation: "Set `admin_enabled = false` and pull and push with managed identities or service principals."
#   example: |
#     resource "azurerm_container_registry" "main" {
#       name                = "acmeregistry"
#       resource_group_name = "acme"
#       location            = "westeurope"
#       sku                 = "Premium"
#       admin_enabled       = false
#     }
package tollgate.azure.container_registry_admin_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has the admin user enabled", [input.address]), "attribute": "admin_enabled", "fix": {"set": {"admin_enabled": false}, "risk": "medium"}} if {
	input.type in {"azurerm_container_registry"}
	input.values.admin_enabled == true
}
