# METADATA
# title: AKS cluster has no network policy engine
# description: "An AKS cluster sets no `network_profile { network_policy }`: NetworkPolicy objects have no effect."
# custom:
#   id: AZ019
#   severity: medium
#   resource_types: [azurerm_kubernetes_cluster]
#   tags: [aks, kubernetes, network]
#   frameworks:
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7", "AC-4"]
#   why: "Without a policy engine every pod can reach every other pod; one compromised workload reaches the databases."
#   remediation: "Set `network_policy = \"azure\"` (or `calico`, `cilium`) in `network_profile` (a cluster replacement on older clusters)."
#   example: |
#     network_profile {
#       network_plugin = "azure"
#       network_policy = "azure"
#     }
package tollgate.azure.aks_network_policy_missing

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has no network policy engine", [input.address]), "attribute": "network_profile"} if {
	input.type == "azurerm_kubernetes_cluster"
	not input.values.network_profile[0].network_policy
	not lib.unknown("network_profile")
	not lib.unknown("network_profile[0].network_policy")
}
