# METADATA
# title: AKS API server is reachable from the whole internet
# description: "An AKS cluster is not private and limits its API server to no authorized IP ranges."
# custom:
#   id: AZ018
#   severity: high
#   resource_types: [azurerm_kubernetes_cluster]
#   tags: [aks, kubernetes, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7", "AC-17"]
#   why: "A public API server is exposed to credential stuffing and to every Kubernetes API vulnerability as soon as it is published."
#   remediation: "Set `private_cluster_enabled = true`, or `api_server_access_profile { authorized_ip_ranges = [...] }`."
#   example: |
#     api_server_access_profile {
#       authorized_ip_ranges = ["203.0.113.0/24"]
#     }
package tollgate.azure.aks_api_server_public

import rego.v1

import data.tollgate.lib

authorized if count(input.values.api_server_access_profile[0].authorized_ip_ranges) > 0

authorized if count(input.values.api_server_authorized_ip_ranges) > 0

deny contains {"msg": sprintf("%s has a public API server open to every address", [input.address]), "attribute": "private_cluster_enabled"} if {
	input.type == "azurerm_kubernetes_cluster"
	not input.values.private_cluster_enabled == true
	not lib.unknown("private_cluster_enabled")
	not authorized
	not lib.unknown("api_server_access_profile")
}
