# METADATA
# title: Service Bus namespace accepts TLS below 1.2
# description: "The namespace sets `minimum_tls_version` to `1.0` or `1.1`."
# custom:
#   id: AZ035
#   severity: medium
#   resource_types: [azurerm_servicebus_namespace]
#   tags: [servicebus, tls, encryption]
#   frameworks:
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "TLS 1.0 and 1.1 are deprecated and weak: senders and receivers can be downgraded and their messages attacked."
#   remediation: "Set `minimum_tls_version = \"1.2\"`."
#   example: |
#     resource "azurerm_servicebus_namespace" "main" {
#       name                = "events-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       sku                 = "Standard"
#       minimum_tls_version = "1.2"
#     }
package tollgate.azure.servicebus_namespace_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts TLS below 1.2", [input.address]), "attribute": "minimum_tls_version", "fix": {"set": {"minimum_tls_version": "1.2"}, "risk": "medium"}} if {
	input.type == "azurerm_servicebus_namespace"
	input.values["minimum_tls_version"] in {"1.0", "1.1"}
}
