package tollgate.azure.aks_network_policy_missing_test

import rego.v1

import data.tollgate.azure.aks_network_policy_missing as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"network_profile": [{"network_policy": "azure"}]}, "unknown": []}
}
