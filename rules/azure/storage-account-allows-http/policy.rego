# METADATA
# title: Storage account accepts unencrypted HTTP
# description: The storage account allows requests over plain HTTP.
# custom:
#   id: AZ001
#   severity: high
#   resource_types: [azurerm_storage_account]
#   tags: [storage, encryption-in-transit]
#   frameworks:
#     cis-azure-v2.0: ["3.1"]
#     soc2: [CC6.7]
#     pci-dss-v4: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     nist-800-53: [SC-8]
#   why: Data and shared keys sent over HTTP can be read and changed by anyone on the network path.
#   remediation: Set `https_traffic_only_enabled = true` (azurerm 4.x; `enable_https_traffic_only` in 3.x) or leave it at its default.
#   example: |
#     resource "azurerm_storage_account" "data" {
#       name                       = "acmedata"
#       https_traffic_only_enabled = true
#     }
package tollgate.azure.storage_account_allows_http

import rego.v1

deny contains {"msg": sprintf("%s allows HTTP traffic (%s = false)", [input.address, field]), "attribute": field, "fix": {"set": {field: true}, "risk": "low"}} if {
	some field in ["https_traffic_only_enabled", "enable_https_traffic_only"]
	input.values[field] == false
}
