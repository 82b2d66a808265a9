# METADATA
# title: App Service without HTTP logs
# description: "`logs` has no `http_logs` block."
# custom:
#   id: AZ060
#   severity: low
#   resource_types: [azurerm_linux_web_app, azurerm_windows_web_app]
#   tags: [app-service, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "HTTP logs record every request with its client and status; without them, abuse of the app cannot be traced."
#   remediation: "Add `logs { http_logs { file_system { retention_in_days = 30, retention_in_mb = 35 } } }` or ship logs through diagnostic settings."
#   example: |
#     logs {
#       http_logs {
#         file_system {
#           retention_in_days = 30
#           retention_in_mb   = 35
#         }
#       }
#     }
package tollgate.azure.app_service_detailed_errors_logging_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not keep HTTP logs", [input.address]), "attribute": "logs[0].http_logs"} if {
	input.type in {"azurerm_linux_web_app", "azurerm_windows_web_app"}
	lib.blank(object.get(input.values, ["logs", 0, "http_logs"], null))
	not lib.unknown("logs")
}
