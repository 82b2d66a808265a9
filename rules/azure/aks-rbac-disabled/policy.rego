# METADATA
# title: AKS cluster has Kubernetes RBAC turned off
# description: "An AKS cluster sets `role_based_access_control_enabled = false`."
# custom:
#   id: AZ013
#   severity: high
#   resource_types: [azurerm_kubernetes_cluster]
#   tags: [aks, kubernetes, rbac]
#   frameworks:
#     soc2: ["CC6.1", "CC6.3"]
#     pci-dss-v4: ["7.2.1"]
#     nist-800-53: ["AC-3", "AC-6"]
#   why: "Without RBAC every authenticated identity has full access to the cluster API: secrets, workloads and nodes."
#   remediation: "Set `role_based_access_control_enabled = true` (the default; the cluster is replaced) and bind roles to groups."
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name                = "acme-aks"
#       resource_group_name = "acme"
#       location            = "westeurope"
#       dns_prefix          = "acme"
#       role_based_access_control_enabled = true
#     }
package tollgate.azure.aks_rbac_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has Kubernetes RBAC turned off", [input.address]), "attribute": "role_based_access_control_enabled", "fix": {"set": {"role_based_access_control_enabled": true}, "risk": "high"}} if {
	input.type in {"azurerm_kubernetes_cluster"}
	input.values.role_based_access_control_enabled == false
}
