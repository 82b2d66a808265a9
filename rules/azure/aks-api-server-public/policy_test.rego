package tollgate.azure.aks_api_server_public_test

import rego.v1

import data.tollgate.azure.aks_api_server_public as rule

test_public_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"private_cluster_enabled": true}, "unknown": []}
}

test_ranges_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"api_server_access_profile": [{"authorized_ip_ranges": ["203.0.113.0/24"]}]}, "unknown": []}
}
