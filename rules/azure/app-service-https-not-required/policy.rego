# METADATA
# title: App Service accepts plain HTTP
# description: "A web or function app does not set `https_only = true`."
# custom:
#   id: AZ009
#   severity: medium
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service, azurerm_linux_function_app, azurerm_windows_function_app]
#   tags: [app-service, encryption-in-transit]
#   frameworks:
#     cis-azure-v2.1: ["9.2"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Over plain HTTP, sessions, cookies and form data travel in clear text and can be read or changed on the way."
#   remediation: "Set `https_only = true`: the app redirects HTTP to HTTPS."
#   example: |
#     resource "azurerm_linux_web_app" "web" {
#       name                = "acme-web"
#       resource_group_name = "acme"
#       location            = "westeurope"
#       service_plan_id     = "/subscriptions/0000/resourceGroups/acme/providers/Microsoft.Web/serverFarms/web"
#       https_only          = true
#
#       site_config {}
#     }
package tollgate.azure.app_service_https_not_required

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plain HTTP", [input.address]), "attribute": "https_only", "fix": {"set": {"https_only": true}, "risk": "low"}} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app"}
	lib.not_true(input.values, "https_only")
}
