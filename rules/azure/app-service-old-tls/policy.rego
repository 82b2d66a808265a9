# METADATA
# title: App Service accepts TLS older than 1.2
# description: "A web or function app sets `site_config { minimum_tls_version }` to 1.0 or 1.1."
# custom:
#   id: AZ010
#   severity: medium
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service, azurerm_linux_function_app, azurerm_windows_function_app]
#   tags: [app-service, tls, encryption-in-transit]
#   frameworks:
#     cis-azure-v2.1: ["9.3"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "TLS 1.0 and 1.1 have known weaknesses and fail PCI DSS."
#   remediation: "Set `minimum_tls_version = \"1.2\"` in `site_config` (the provider default)."
#   example: |
#     resource "azurerm_linux_web_app" "web" {
#       name                = "acme-web"
#       resource_group_name = "acme"
#       location            = "westeurope"
#       service_plan_id     = "/subscriptions/0000/resourceGroups/acme/providers/Microsoft.Web/serverFarms/web"
#       https_only          = true
#
#       site_config {
#         minimum_tls_version = "1.2"
#       }
#     }
package tollgate.azure.app_service_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts TLS older than 1.2", [input.address]), "attribute": "site_config", "fix": {"set": {"site_config[0].minimum_tls_version": "1.2"}, "risk": "low"}} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service", "azurerm_linux_function_app", "azurerm_windows_function_app"}
	input.values.site_config[0].minimum_tls_version in {"1.0", "1.1"}
}
