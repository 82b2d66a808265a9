# METADATA
# title: AKS cluster keeps local accounts
# description: "The cluster does not set `local_account_disabled = true`."
# custom:
#   id: AZ029
#   severity: medium
#   resource_types: [azurerm_kubernetes_cluster]
#   tags: [aks, kubernetes, authentication]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-2"]
#   why: "The local `clusterAdmin` credential bypasses Entra ID: anyone who lists the cluster's admin credentials gets cluster-admin with no user identity, MFA or revocation."
#   remediation: "Enable Entra ID integration with Azure RBAC and set `local_account_disabled = true`."
#   example: |
#     resource "azurerm_kubernetes_cluster" "main" {
#       name                = "aks-prod"
#       location            = "westeurope"
#       resource_group_name = "rg-prod"
#       dns_prefix          = "aksprod"
#       local_account_disabled = true
#     }
package tollgate.azure.aks_local_accounts_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps local (non-Entra ID) accounts", [input.address]), "attribute": "local_account_disabled"} if {
	input.type == "azurerm_kubernetes_cluster"
	not input.values["local_account_disabled"] == true
	not lib.unknown("local_account_disabled")
}
