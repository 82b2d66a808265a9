# METADATA
# title: Event Hubs namespace accepts TLS below 1.2
# description: "The namespace sets `minimum_tls_version` to `1.0` or `1.1`."
# custom:
#   id: AZ034
#   severity: medium
#   resource_types: [azurerm_eventhub_namespace]
#   tags: [eventhub, tls, encryption]
#   frameworks:
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "TLS 1.0 and 1.1 are deprecated and weak: producers and consumers can be downgraded and their traffic attacked."
#   remediation: "Set `minimum_tls_version = \"1.2\"`."
#   example: |
#     resource "azurerm_eventhub_namespace" "main" {
#       name                = "events-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       sku                 = "Standard"
#       minimum_tls_version = "1.2"
#     }
package tollgate.azure.eventhub_namespace_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts TLS below 1.2", [input.address]), "attribute": "minimum_tls_version", "fix": {"set": {"minimum_tls_version": "1.2"}, "risk": "medium"}} if {
	input.type == "azurerm_eventhub_namespace"
	input.values["minimum_tls_version"] in {"1.0", "1.1"}
}
