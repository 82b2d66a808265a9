# METADATA
# title: App Service does not offer HTTP/2
# description: "The app does not set `site_config { http2_enabled = true }`."
# custom:
#   id: AZ040
#   severity: low
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app]
#   tags: [app-service, http]
#   frameworks:
#     nist-800-53: ["SC-8"]
#   why: "HTTP/2 brings header compression and multiplexing, and its clients negotiate modern TLS: without it the app falls back to HTTP/1.1."
#   remediation: "Set `http2_enabled = true` in `site_config`."
#   example: |
#     resource "azurerm_linux_web_app" "main" {
#       name                = "web-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       service_plan_id     = "/subscriptions/0000/resourceGroups/rg-prod/providers/Microsoft.Web/serverFarms/plan"
#       site_config {
#         http2_enabled = true
#       }
#     }
package tollgate.azure.app_service_http2_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not offer HTTP/2", [input.address]), "attribute": "site_config[0].http2_enabled", "fix": {"set": {"site_config[0].http2_enabled": true}, "risk": "low"}} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app"}
	not input.values["site_config"][0]["http2_enabled"] == true
	not lib.unknown("site_config[0].http2_enabled")
}
