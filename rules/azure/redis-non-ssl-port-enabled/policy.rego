# METADATA
# title: Azure Cache for Redis accepts plaintext connections
# description: "A Redis cache enables its non-TLS port (`enable_non_ssl_port` or `non_ssl_port_enabled`)."
# custom:
#   id: AZ022
#   severity: high
#   resource_types: [azurerm_redis_cache]
#   tags: [redis, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "On port 6379 the access key and every cached value travel in clear text."
#   remediation: "Set `non_ssl_port_enabled = false` (azurerm 4) or `enable_non_ssl_port = false` and connect on 6380 with TLS."
#   example: |
#     resource "azurerm_redis_cache" "sessions" {
#       name                 = "acme-sessions"
#       location             = "westeurope"
#       resource_group_name  = "acme"
#       capacity             = 1
#       family               = "C"
#       sku_name             = "Standard"
#       non_ssl_port_enabled = false
#     }
package tollgate.azure.redis_non_ssl_port_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plaintext connections", [input.address]), "attribute": "enable_non_ssl_port", "fix": {"set": {"enable_non_ssl_port": false}, "risk": "low"}} if {
	input.type in {"azurerm_redis_cache"}
	input.values.enable_non_ssl_port == true
}

deny contains {"msg": sprintf("%s accepts plaintext connections", [input.address]), "attribute": "non_ssl_port_enabled", "fix": {"set": {"non_ssl_port_enabled": false}, "risk": "low"}} if {
	input.type == "azurerm_redis_cache"
	input.values.non_ssl_port_enabled == true
}
