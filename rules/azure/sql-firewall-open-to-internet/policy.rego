# METADATA
# title: SQL server firewall allows the whole internet
# description: "An `azurerm_mssql_firewall_rule` (or MySQL/PostgreSQL flexible server rule) allows 0.0.0.0 to 255.255.255.255."
# custom:
#   id: AZ016
#   severity: high
#   resource_types: [azurerm_mssql_firewall_rule, azurerm_sql_firewall_rule, azurerm_postgresql_flexible_server_firewall_rule, azurerm_mysql_flexible_server_firewall_rule]
#   tags: [sql, network, exposure]
#   frameworks:
#     cis-azure-v2.1: ["4.1.2"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "The rule lets every address on the internet try passwords against the server."
#   remediation: "Allow the client ranges that need access, or use private endpoints; `0.0.0.0`-`0.0.0.0` allows Azure services only."
#   example: |
#     resource "azurerm_mssql_firewall_rule" "office" {
#       name             = "office"
#       server_id        = azurerm_mssql_server.main.id
#       start_ip_address = "203.0.113.0"
#       end_ip_address   = "203.0.113.255"
#     }
package tollgate.azure.sql_firewall_open_to_internet

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows %s to %s", [input.address, input.values.start_ip_address, input.values.end_ip_address]), "attribute": "end_ip_address"} if {
	input.type in {"azurerm_mssql_firewall_rule", "azurerm_sql_firewall_rule", "azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule"}
	input.values.start_ip_address == "0.0.0.0"
	input.values.end_ip_address == "255.255.255.255"
}
