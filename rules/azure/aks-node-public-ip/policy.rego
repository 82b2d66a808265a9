# METADATA
# title: AKS nodes get public IP addresses
# description: "The default node pool sets `node_public_ip_enabled` (or `enable_node_public_ip`) to true."
# custom:
#   id: AZ064
#   severity: high
#   resource_types: [azurerm_kubernetes_cluster, azurerm_kubernetes_cluster_node_pool]
#   tags: [aks, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Nodes with public IPs expose the kubelet and node ports to the internet wherever a network security group allows it."
#   remediation: "Remove `node_public_ip_enabled = true`; reach the internet through a NAT gateway or load balancer."
#   example: |
#     node_public_ip_enabled = false
package tollgate.azure.aks_node_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gives its nodes public IP addresses", [input.address]), "attribute": "node_public_ip_enabled"} if {
	input.type in {"azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool"}
	lib.truthy(object.get(input.values, ["node_public_ip_enabled"], null))
	not lib.unknown("node_public_ip_enabled")
}

deny contains {"msg": sprintf("%s gives its default node pool public IP addresses", [input.address]), "attribute": "default_node_pool[0].node_public_ip_enabled"} if {
	input.type == "azurerm_kubernetes_cluster"
	lib.truthy(object.get(input.values, ["default_node_pool", 0, "node_public_ip_enabled"], null))
	not lib.unknown("default_node_pool")
}
