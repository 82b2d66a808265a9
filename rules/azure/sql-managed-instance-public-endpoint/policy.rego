# METADATA
# title: SQL managed instance with a public data endpoint
# description: "`public_data_endpoint_enabled = true`."
# custom:
#   id: AZ082
#   severity: high
#   resource_types: [azurerm_mssql_managed_instance]
#   tags: [sql, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "The public endpoint takes SQL logins from the internet, protected only by the network security group."
#   remediation: "Set `public_data_endpoint_enabled = false` and connect from the virtual network."
#   example: |
#     public_data_endpoint_enabled = false
package tollgate.azure.sql_managed_instance_public_endpoint

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s opens a public data endpoint", [input.address]), "attribute": "public_data_endpoint_enabled", "fix": {"set": {"public_data_endpoint_enabled": false}, "risk": "high"}} if {
	input.type == "azurerm_mssql_managed_instance"
	lib.truthy(object.get(input.values, ["public_data_endpoint_enabled"], null))
	not lib.unknown("public_data_endpoint_enabled")
}
