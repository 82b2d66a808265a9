# METADATA
# title: App Service without a managed identity
# description: "The app has no `identity` block."
# custom:
#   id: AZ057
#   severity: low
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_linux_function_app, azurerm_windows_function_app, azurerm_app_service]
#   tags: [app-service, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#     cis-azure-v2.1: ["9.5"]
#   why: "Without a managed identity, the app reaches databases, storage and Key Vault with secrets kept in its settings."
#   remediation: "Add `identity { type = \"SystemAssigned\" }` and grant it the roles it needs."
#   example: |
#     identity {
#       type = "SystemAssigned"
#     }
package tollgate.azure.app_service_without_managed_identity

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has no managed identity", [input.address]), "attribute": "identity", "fix": {"set": {"identity[0].type": "SystemAssigned"}, "risk": "low"}} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_app_service"}
	lib.blank(object.get(input.values, ["identity"], null))
	not lib.unknown("identity")
}
