# METADATA
# title: Storage account allows public blob access
# description: "A storage account does not set `allow_nested_items_to_be_public = false` (the azurerm 3.x default is true)."
# custom:
#   id: AZ006
#   severity: high
#   resource_types: [azurerm_storage_account]
#   tags: [storage, public-access]
#   frameworks:
#     cis-azure-v2.1: ["3.7"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["AC-3"]
#   why: "With public access allowed, one container set to `blob` or `container` access publishes its data to anyone with the URL."
#   remediation: "Set `allow_nested_items_to_be_public = false`; share data with SAS tokens or private endpoints."
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                     = "acmedata"
#       resource_group_name      = "acme"
#       location                 = "westeurope"
#       account_tier             = "Standard"
#       account_replication_type = "GRS"
#       allow_nested_items_to_be_public = false
#     }
package tollgate.azure.storage_account_public_blob_access

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows public blob access", [input.address]), "attribute": "allow_nested_items_to_be_public", "fix": {"set": {"allow_nested_items_to_be_public": false}, "risk": "medium"}} if {
	input.type in {"azurerm_storage_account"}
	not input.values.allow_nested_items_to_be_public == false
	not lib.unknown("allow_nested_items_to_be_public")
}
