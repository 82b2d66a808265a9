# METADATA
# title: PostgreSQL or MySQL single server accepts TLS below 1.2
# description: "`ssl_minimal_tls_version_enforced` is not `TLS1_2`."
# custom:
#   id: AZ053
#   severity: medium
#   resource_types: [azurerm_postgresql_server, azurerm_mysql_server]
#   tags: [database, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "TLS 1.0 and 1.1 have known weaknesses and are deprecated; a client can be downgraded to them."
#   remediation: "Set `ssl_minimal_tls_version_enforced = \"TLS1_2\"`."
#   example: |
#     ssl_minimal_tls_version_enforced = "TLS1_2"
package tollgate.azure.postgresql_server_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts TLS versions below 1.2", [input.address]), "attribute": "ssl_minimal_tls_version_enforced", "fix": {"set": {"ssl_minimal_tls_version_enforced": "TLS1_2"}, "risk": "low"}} if {
	input.type in {"azurerm_postgresql_server", "azurerm_mysql_server"}
	value := object.get(input.values, ["ssl_minimal_tls_version_enforced"], "TLS1_2")
	value != null
	not lower(sprintf("%v", [value])) in {"tls1_2", "tls1_3"}
	not lib.unknown("ssl_minimal_tls_version_enforced")
}
