# METADATA
# title: Event Hubs or Service Bus namespace accepts SAS keys
# description: "`local_auth_enabled` is not false."
# custom:
#   id: AZ078
#   severity: medium
#   resource_types: [azurerm_eventhub_namespace, azurerm_servicebus_namespace]
#   tags: [messaging, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "SAS keys are long-lived shared secrets that end up in configuration files; Entra ID tokens are scoped and audited."
#   remediation: "Set `local_auth_enabled = false` and grant access with Entra ID roles."
#   example: |
#     local_auth_enabled = false
package tollgate.azure.eventhub_namespace_local_auth

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts shared access signature keys", [input.address]), "attribute": "local_auth_enabled"} if {
	input.type in {"azurerm_eventhub_namespace", "azurerm_servicebus_namespace"}
	value := object.get(input.values, ["local_auth_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("local_auth_enabled")
}
