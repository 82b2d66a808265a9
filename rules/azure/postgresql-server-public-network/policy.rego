# METADATA
# title: PostgreSQL single server reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ052
#   severity: high
#   resource_types: [azurerm_postgresql_server, azurerm_mysql_server, azurerm_mariadb_server]
#   tags: [database, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "A database listening on a public endpoint is one leaked password away from a breach; its firewall rules are often opened wide for convenience."
#   remediation: "Set `public_network_access_enabled = false` and connect through a private endpoint."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.postgresql_server_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts connections from public networks", [input.address]), "attribute": "public_network_access_enabled", "fix": {"set": {"public_network_access_enabled": false}, "risk": "high"}} if {
	input.type in {"azurerm_postgresql_server", "azurerm_mysql_server", "azurerm_mariadb_server"}
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
