# METADATA
# title: Synapse workspace without a managed virtual network
# description: "`managed_virtual_network_enabled` is not true."
# custom:
#   id: AZ084
#   severity: medium
#   resource_types: [azurerm_synapse_workspace]
#   tags: [synapse, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Without a managed virtual network, Spark and integration runtimes reach any endpoint, so data can be copied anywhere."
#   remediation: "Set `managed_virtual_network_enabled = true` (and `data_exfiltration_protection_enabled = true`)."
#   example: |
#     managed_virtual_network_enabled      = true
#     data_exfiltration_protection_enabled = true
package tollgate.azure.synapse_workspace_without_managed_vnet

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs without a managed virtual network", [input.address]), "attribute": "managed_virtual_network_enabled"} if {
	input.type == "azurerm_synapse_workspace"
	not lib.truthy(object.get(input.values, ["managed_virtual_network_enabled"], null))
	not lib.unknown("managed_virtual_network_enabled")
}
