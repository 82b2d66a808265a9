# METADATA
# title: App Service does not require client certificates
# description: "`client_certificate_enabled` is not true."
# custom:
#   id: AZ056
#   severity: low
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app, azurerm_app_service]
#   tags: [app-service, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#     cis-azure-v2.1: ["9.4"]
#   why: "Mutual TLS lets only callers holding a trusted certificate reach the app; without it any client on the network can."
#   remediation: "Set `client_certificate_enabled = true` (and `client_certificate_mode = \"Required\"`) for apps that only serve known clients."
#   example: |
#     client_certificate_enabled = true
#     client_certificate_mode    = "Required"
package tollgate.azure.app_service_client_certificates_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not ask callers for client certificates", [input.address]), "attribute": "client_certificate_enabled"} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"}
	not lib.truthy(object.get(input.values, ["client_certificate_enabled"], null))
	not lib.unknown("client_certificate_enabled")
}
