# METADATA
# title: App Service accepts plain FTP deployments
# description: "A web or function app sets `site_config { ftps_state = \"AllAllowed\" }`."
# custom:
#   id: AZ020
#   severity: medium
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app]
#   tags: [app-service, encryption-in-transit]
#   frameworks:
#     cis-azure-v2.1: ["9.10"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8"]
#   why: "Plain FTP sends the deployment credentials and the code in clear text."
#   remediation: "Set `ftps_state = \"Disabled\"` (or `FtpsOnly`) and deploy with zip deploy or a pipeline."
#   example: |
#     site_config {
#       ftps_state = "Disabled"
#     }
package tollgate.azure.app_service_ftp_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plain FTP", [input.address]), "attribute": "site_config", "fix": {"set": {"site_config[0].ftps_state": "Disabled"}, "risk": "low"}} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app"}
	input.values.site_config[0].ftps_state == "AllAllowed"
}
