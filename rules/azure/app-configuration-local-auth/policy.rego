# METADATA
# title: App Configuration store accepts access keys
# description: "`local_auth_enabled` is not false."
# custom:
#   id: AZ087
#   severity: low
#   resource_types: [azurerm_app_configuration]
#   tags: [app-configuration, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "Access keys are shared secrets; Entra ID access is per identity and audited."
#   remediation: "Set `local_auth_enabled = false`."
#   example: |
#     local_auth_enabled = false
package tollgate.azure.app_configuration_local_auth

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts access keys", [input.address]), "attribute": "local_auth_enabled"} if {
	input.type == "azurerm_app_configuration"
	value := object.get(input.values, ["local_auth_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("local_auth_enabled")
}
