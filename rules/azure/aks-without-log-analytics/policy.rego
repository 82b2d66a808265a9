# METADATA
# title: AKS cluster without Container Insights
# description: "The cluster has no `oms_agent` block."
# custom:
#   id: AZ066
#   severity: low
#   resource_types: [azurerm_kubernetes_cluster]
#   tags: [aks, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Without Container Insights, node and pod health, container logs and audit trails stay on the nodes and are lost with them."
#   remediation: "Add `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id }`."
#   example: |
#     oms_agent {
#       log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id
#     }
package tollgate.azure.aks_without_log_analytics

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not send logs and metrics to Log Analytics", [input.address]), "attribute": "oms_agent"} if {
	input.type == "azurerm_kubernetes_cluster"
	lib.blank(object.get(input.values, ["oms_agent"], null))
	not lib.unknown("oms_agent")
}
