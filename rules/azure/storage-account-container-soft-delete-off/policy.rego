# METADATA
# title: Storage account without container soft delete
# description: "`blob_properties` has no `container_delete_retention_policy`."
# custom:
#   id: AZ045
#   severity: low
#   resource_types: [azurerm_storage_account]
#   tags: [storage, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#     cis-azure-v2.1: ["3.11"]
#   why: "Deleting a container deletes every blob in it; without container soft delete the whole container is lost at once."
#   remediation: "Add `blob_properties { container_delete_retention_policy { days = 7 } }`."
#   example: |
#     blob_properties {
#       container_delete_retention_policy {
#         days = 7
#       }
#     }
package tollgate.azure.storage_account_container_soft_delete_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not keep deleted containers recoverable", [input.address]), "attribute": "blob_properties[0].container_delete_retention_policy", "fix": {"set": {"blob_properties[0].container_delete_retention_policy[0].days": 7}, "risk": "low"}} if {
	input.type == "azurerm_storage_account"
	lib.blank(object.get(input.values, ["blob_properties", 0, "container_delete_retention_policy"], null))
	not lib.unknown("blob_properties")
}
