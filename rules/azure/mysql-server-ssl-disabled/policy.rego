# METADATA
# title: MySQL server accepts connections without SSL
# description: "An Azure Database for MySQL server sets `ssl_enforcement_enabled = false`."
# custom:
#   id: AZ012
#   severity: high
#   resource_types: [azurerm_mysql_server]
#   tags: [mysql, tls, encryption-in-transit]
#   frameworks:
#     cis-azure-v2.1: ["4.4.1"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Without SSL enforcement clients may connect in clear text, exposing credentials and query results on the network."
#   remediation: "Set `ssl_enforcement_enabled = true` (and `ssl_minimal_tls_version_enforced = \"TLS1_2\"`)."
#   example: |
#     resource "azurerm_mysql_server" "db" {
#       name                         = "acme-db"
#       resource_group_name          = "acme"
#       location                     = "westeurope"
#       sku_name                     = "GP_Gen5_2"
#       version                      = "8.0"
#       administrator_login          = "dbadmin"
#       administrator_login_password = var.db_password
#       ssl_enforcement_enabled          = true
#       ssl_minimal_tls_version_enforced = "TLS1_2"
#     }
package tollgate.azure.mysql_server_ssl_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts connections without SSL", [input.address]), "attribute": "ssl_enforcement_enabled", "fix": {"set": {"ssl_enforcement_enabled": true}, "risk": "low"}} if {
	input.type in {"azurerm_mysql_server"}
	input.values.ssl_enforcement_enabled == false
}
