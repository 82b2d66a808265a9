# METADATA
# title: Machine learning workspace reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ085
#   severity: medium
#   resource_types: [azurerm_machine_learning_workspace]
#   tags: [ml, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Workspaces hold training data, models and credentials to data stores."
#   remediation: "Set `public_network_access_enabled = false` and use a private endpoint."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.machine_learning_workspace_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts requests from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type == "azurerm_machine_learning_workspace"
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("public_network_access_enabled")
}
