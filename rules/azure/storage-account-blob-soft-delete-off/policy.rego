# METADATA
# title: Storage account without blob soft delete
# description: "`blob_properties` has no `delete_retention_policy`."
# custom:
#   id: AZ044
#   severity: medium
#   resource_types: [azurerm_storage_account]
#   tags: [storage, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#     cis-azure-v2.1: ["3.11"]
#   why: "Without soft delete, a blob deleted by mistake or by an attacker with write access is gone."
#   remediation: "Add `blob_properties { delete_retention_policy { days = 7 } }`."
#   example: |
#     blob_properties {
#       delete_retention_policy {
#         days = 7
#       }
#     }
package tollgate.azure.storage_account_blob_soft_delete_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not keep deleted blobs recoverable", [input.address]), "attribute": "blob_properties[0].delete_retention_policy", "fix": {"set": {"blob_properties[0].delete_retention_policy[0].days": 7}, "risk": "low"}} if {
	input.type == "azurerm_storage_account"
	lib.blank(object.get(input.values, ["blob_properties", 0, "delete_retention_policy"], null))
	not lib.unknown("blob_properties")
}
