# METADATA
# title: Storage account without infrastructure encryption
# description: "`infrastructure_encryption_enabled` is not true."
# custom:
#   id: AZ042
#   severity: low
#   resource_types: [azurerm_storage_account]
#   tags: [storage, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#     cis-azure-v2.1: ["3.2"]
#   why: "Double encryption protects data if one of the encryption algorithms or keys is compromised; it can only be chosen when the account is created."
#   remediation: "Set `infrastructure_encryption_enabled = true` when creating the account."
#   example: |
#     infrastructure_encryption_enabled = true
package tollgate.azure.storage_account_infrastructure_encryption_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt data a second time at the infrastructure layer", [input.address]), "attribute": "infrastructure_encryption_enabled"} if {
	input.type == "azurerm_storage_account"
	not lib.truthy(object.get(input.values, ["infrastructure_encryption_enabled"], null))
	not lib.unknown("infrastructure_encryption_enabled")
}
