# METADATA
# title: Databricks workspace gives cluster nodes public IPs
# description: "`custom_parameters.no_public_ip` is not true."
# custom:
#   id: AZ083
#   severity: medium
#   resource_types: [azurerm_databricks_workspace]
#   tags: [databricks, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "With public IPs, cluster nodes are reachable from the internet and their outbound traffic is not controlled by your network."
#   remediation: "Set `custom_parameters { no_public_ip = true }` (secure cluster connectivity)."
#   example: |
#     custom_parameters {
#       no_public_ip = true
#     }
package tollgate.azure.databricks_workspace_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gives its cluster nodes public IP addresses", [input.address]), "attribute": "custom_parameters[0].no_public_ip"} if {
	input.type == "azurerm_databricks_workspace"
	not lib.truthy(object.get(input.values, ["custom_parameters", 0, "no_public_ip"], null))
	not lib.unknown("custom_parameters")
}
