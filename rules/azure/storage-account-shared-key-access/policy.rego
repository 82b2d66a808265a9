# METADATA
# title: Storage account accepts shared key authorization
# description: "`shared_access_key_enabled` is not false."
# custom:
#   id: AZ043
#   severity: medium
#   resource_types: [azurerm_storage_account]
#   tags: [storage, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "Account keys grant full access to all data, never expire and leave no identity in the logs; Entra ID authorization is scoped and audited."
#   remediation: "Set `shared_access_key_enabled = false` and grant access with Entra ID roles (`storage_use_azuread = true` in the provider)."
#   example: |
#     shared_access_key_enabled = false
package tollgate.azure.storage_account_shared_key_access

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts shared key (account key) authorization", [input.address]), "attribute": "shared_access_key_enabled"} if {
	input.type == "azurerm_storage_account"
	value := object.get(input.values, ["shared_access_key_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("shared_access_key_enabled")
}
