# METADATA
# title: AKS node pool without encryption at host
# description: "`host_encryption_enabled` (or `enable_host_encryption`) is not true."
# custom:
#   id: AZ065
#   severity: low
#   resource_types: [azurerm_kubernetes_cluster_node_pool]
#   tags: [aks, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Without encryption at host, the nodes' temporary disks and OS disk caches hold pod data unencrypted."
#   remediation: "Set `host_encryption_enabled = true` (the subscription needs the EncryptionAtHost feature)."
#   example: |
#     host_encryption_enabled = true
package tollgate.azure.aks_host_encryption_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt temporary disks and caches at the host", [input.address]), "attribute": "host_encryption_enabled"} if {
	input.type == "azurerm_kubernetes_cluster_node_pool"
	not lib.truthy(object.get(input.values, ["host_encryption_enabled"], null))
	not lib.truthy(object.get(input.values, "enable_host_encryption", null))
	not lib.unknown("host_encryption_enabled")
}
