package tollgate.azure.aks_rbac_disabled_test

import rego.v1

import data.tollgate.azure.aks_rbac_disabled as rule

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"role_based_access_control_enabled": false}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}
