# METADATA
# title: Storage account accepts TLS older than 1.2
# description: "The account's `min_tls_version` is TLS1_0 or TLS1_1."
# custom:
#   id: AZ004
#   severity: medium
#   resource_types: [azurerm_storage_account]
#   tags: [storage, encryption-in-transit]
#   frameworks:
#     cis-azure-v2.1: ["3.15"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "TLS 1.0 and 1.1 have known weaknesses and are no longer accepted by compliance baselines."
#   remediation: "Set `min_tls_version = \"TLS1_2\"` (the provider's default since 3.0)."
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                     = "acmedata"
#       resource_group_name      = "acme"
#       location                 = "westeurope"
#       account_tier             = "Standard"
#       account_replication_type = "GRS"
#       min_tls_version          = "TLS1_2"
#     }
package tollgate.azure.storage_account_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts %s", [input.address, input.values.min_tls_version]), "attribute": "min_tls_version", "fix": {"set": {"min_tls_version": "TLS1_2"}, "risk": "low"}} if {
	input.type == "azurerm_storage_account"
	input.values.min_tls_version in {"TLS1_0", "TLS1_1"}
}
