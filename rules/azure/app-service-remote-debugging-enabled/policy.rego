# METADATA
# title: App Service has remote debugging on
# description: "The app sets `site_config { remote_debugging_enabled = true }`."
# custom:
#   id: AZ031
#   severity: medium
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app]
#   tags: [app-service, debugging]
#   frameworks:
#     cis-azure-v2.1: ["9.5"]
#     nist-800-53: ["CM-7"]
#     soc2: ["CC6.6"]
#   why: "Remote debugging opens extra inbound ports and lets whoever holds the publishing credentials attach a debugger to production code and its secrets."
#   remediation: "Set `remote_debugging_enabled = false` (the default); debug in a staging slot."
#   example: |
#     resource "azurerm_linux_web_app" "main" {
#       name                = "web-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       service_plan_id     = "/subscriptions/0000/resourceGroups/rg-prod/providers/Microsoft.Web/serverFarms/plan"
#       site_config {
#         remote_debugging_enabled = false
#       }
#     }
package tollgate.azure.app_service_remote_debugging_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has remote debugging on", [input.address]), "attribute": "site_config[0].remote_debugging_enabled", "fix": {"set": {"site_config[0].remote_debugging_enabled": false}, "risk": "low"}} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app"}
	input.values["site_config"][0]["remote_debugging_enabled"] in {true}
}
