# METADATA
# title: Redis cache accepts TLS below 1.2
# description: "The cache sets `minimum_tls_version` to `1.0` or `1.1`."
# custom:
#   id: AZ033
#   severity: medium
#   resource_types: [azurerm_redis_cache]
#   tags: [redis, tls, encryption]
#   frameworks:
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "TLS 1.0 and 1.1 are deprecated and weak: clients can be downgraded and sessions attacked."
#   remediation: "Set `minimum_tls_version = \"1.2\"`."
#   example: |
#     resource "azurerm_redis_cache" "main" {
#       name                = "cache-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       capacity            = 1
#       family              = "C"
#       sku_name            = "Standard"
#       minimum_tls_version = "1.2"
#     }
package tollgate.azure.redis_cache_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts TLS below 1.2", [input.address]), "attribute": "minimum_tls_version", "fix": {"set": {"minimum_tls_version": "1.2"}, "risk": "medium"}} if {
	input.type == "azurerm_redis_cache"
	input.values["minimum_tls_version"] in {"1.0", "1.1"}
}
