# METADATA
# title: AKS cluster without the Azure Policy add-on
# description: "The cluster does not set `azure_policy_enabled = true`."
# custom:
#   id: AZ030
#   severity: low
#   resource_types: [azurerm_kubernetes_cluster]
#   tags: [aks, kubernetes, governance]
#   frameworks:
#     soc2: ["CC8.1"]
#     nist-800-53: ["CM-7"]
#   why: "Without the add-on no admission control enforces the organisation's pod security or image policies in the cluster."
#   remediation: "Set `azure_policy_enabled = true` and assign the Kubernetes pod security baseline initiative."
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name                = "aks-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       dns_prefix          = "aksprod"
#       azure_policy_enabled = true
#     }
package tollgate.azure.aks_azure_policy_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has the Azure Policy add-on off", [input.address]), "attribute": "azure_policy_enabled", "fix": {"set": {"azure_policy_enabled": true}, "risk": "low"}} if {
	input.type == "azurerm_kubernetes_cluster"
	not input.values["azure_policy_enabled"] == true
	not lib.unknown("azure_policy_enabled")
}
