# METADATA
# title: Cosmos DB accepts account keys
# description: "The account does not set `local_authentication_disabled = true`."
# custom:
#   id: AZ039
#   severity: medium
#   resource_types: [azurerm_cosmosdb_account]
#   tags: [cosmosdb, authentication]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-2"]
#   why: "The primary keys give full access to every database of the account, cannot be scoped, and leak through connection strings and logs."
#   remediation: "Give applications Entra ID identities with Cosmos DB data-plane roles, then set `local_authentication_disabled = true`."
#   example: |
#     resource "azurerm_cosmosdb_account" "main" {
#       name                = "orders"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       offer_type          = "Standard"
#       local_authentication_disabled = true
#     }
package tollgate.azure.cosmosdb_local_auth_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts account keys (local authentication)", [input.address]), "attribute": "local_authentication_disabled"} if {
	input.type == "azurerm_cosmosdb_account"
	not input.values["local_authentication_disabled"] == true
	not lib.unknown("local_authentication_disabled")
}
