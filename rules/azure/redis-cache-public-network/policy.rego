# METADATA
# title: Azure Cache for Redis reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ055
#   severity: medium
#   resource_types: [azurerm_redis_cache]
#   tags: [redis, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "A cache on a public endpoint is protected only by its access key; caches often hold sessions and tokens."
#   remediation: "Set `public_network_access_enabled = false` and use a private endpoint."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.redis_cache_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts connections from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type == "azurerm_redis_cache"
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
