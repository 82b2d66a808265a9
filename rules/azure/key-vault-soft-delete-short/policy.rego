# METADATA
# title: Key vault keeps deleted items less than 90 days
# description: "`soft_delete_retention_days` is below 90."
# custom:
#   id: AZ048
#   severity: low
#   resource_types: [azurerm_key_vault]
#   tags: [key-vault, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "A short recovery window leaves little time to notice and undo the deletion of keys that encrypt data."
#   remediation: "Set `soft_delete_retention_days = 90`."
#   example: |
#     soft_delete_retention_days = 90
package tollgate.azure.key_vault_soft_delete_short

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps deleted keys and secrets for less than 90 days", [input.address]), "attribute": "soft_delete_retention_days", "fix": {"set": {"soft_delete_retention_days": 90}, "risk": "low"}} if {
	input.type == "azurerm_key_vault"
	to_number(object.get(input.values, ["soft_delete_retention_days"], 90)) < 90
	not lib.unknown("soft_delete_retention_days")
}
