package tollgate.azure.aks_azure_policy_disabled_test

import rego.v1

import data.tollgate.azure.aks_azure_policy_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"azure_policy_enabled": true}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {}, "unknown": ["azure_policy_enabled"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"azure_policy_enabled": false}, "unknown": []}
}
