# METADATA
# title: App Service without built-in authentication
# description: "No `auth_settings_v2` or `auth_settings` block turns App Service authentication on."
# custom:
#   id: AZ058
#   severity: low
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app]
#   tags: [app-service, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#     cis-azure-v2.1: ["9.1"]
#   why: "Built-in authentication rejects anonymous requests before they reach the code; without it every endpoint must check identity itself."
#   remediation: "Add `auth_settings_v2 { auth_enabled = true ... }` with an identity provider, or document why the app authenticates itself."
#   example: |
#     auth_settings_v2 {
#       auth_enabled = true
#       login {}
#       active_directory_v2 {
#         client_id            = var.client_id
#         tenant_auth_endpoint = var.tenant_endpoint
#       }
#     }
package tollgate.azure.app_service_authentication_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not use App Service authentication", [input.address]), "attribute": "auth_settings_v2"} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app"}
	lib.blank(object.get(input.values, ["auth_settings_v2"], null))
	count(lib.list(input.values, "auth_settings")) == 0
	not lib.unknown("auth_settings_v2")
}
