package tollgate.azure.aks_local_accounts_enabled_test

import rego.v1

import data.tollgate.azure.aks_local_accounts_enabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"local_account_disabled": true}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {}, "unknown": ["local_account_disabled"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"local_account_disabled": false}, "unknown": []}
}
