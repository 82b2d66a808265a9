# METADATA
# title: App Service accepts plain FTP deployments
# description: "`site_config.ftps_state` is `AllAllowed`."
# custom:
#   id: AZ059
#   severity: medium
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app]
#   tags: [app-service, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#     cis-azure-v2.1: ["9.10"]
#   why: "Plain FTP sends the deployment credentials and code unencrypted."
#   remediation: "Set `ftps_state = \"Disabled\"` (or `\"FtpsOnly\"`)."
#   example: |
#     site_config {
#       ftps_state = "Disabled"
#     }
package tollgate.azure.app_service_ftps_allowed

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts deployments over plain FTP", [input.address]), "attribute": "site_config[0].ftps_state", "fix": {"set": {"site_config[0].ftps_state": "Disabled"}, "risk": "low"}} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app"}
	lower(sprintf("%v", [object.get(input.values, ["site_config", 0, "ftps_state"], null)])) in {"allallowed"}
	not lib.unknown("site_config")
}
