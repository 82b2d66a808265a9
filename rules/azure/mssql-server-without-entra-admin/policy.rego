# METADATA
# title: SQL server has no Entra ID administrator
# description: "The server has no `azuread_administrator` block."
# custom:
#   id: AZ038
#   severity: medium
#   resource_types: [azurerm_mssql_server]
#   tags: [sql, authentication, entra-id]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-2", "AC-2"]
#   why: "Without an Entra ID administrator only SQL logins exist: shared passwords, no MFA, no central disabling when someone leaves."
#   remediation: "Add `azuread_administrator { login_username = \"sql-admins\"  object_id = ... }` naming an Entra ID group, and prefer `azuread_authentication_only = true`."
#   example: |
#     resource "azurerm_mssql_server" "main" {
#       name                = "sql-prod"
#       resource_group_name = "rg-prod"
#       location            = "westeurope"
#       version             = "12.0"
#       azuread_administrator {
#         login_username = "sql-admins"
#         object_id      = "00000000-0000-0000-0000-000000000000"
#       }
#     }
package tollgate.azure.mssql_server_without_entra_admin

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has no Entra ID administrator", [input.address]), "attribute": "azuread_administrator"} if {
	input.type == "azurerm_mssql_server"
	count(lib.list(input.values, "azuread_administrator")) == 0
	not lib.unknown("azuread_administrator")
}
