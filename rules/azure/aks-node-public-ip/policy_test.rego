package tollgate.azure.aks_node_public_ip_test

import rego.v1

import data.tollgate.azure.aks_node_public_ip as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_kubernetes_cluster_node_pool", "address": "azurerm_kubernetes_cluster_node_pool.x", "kind": "terraform", "values": {"name": "failing-aks-node-pub", "location": "westeurope", "resource_group_name": "rg-app", "kubernetes_cluster_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/kubernetes_cluster/main", "vm_size": "Standard_D4s_v5", "node_public_ip_enabled": true}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"name": "failing-aks", "location": "westeurope", "resource_group_name": "rg-app", "dns_prefix": "app", "default_node_pool": [{"name": "system", "vm_size": "Standard_D4s_v5", "node_count": 3, "node_public_ip_enabled": true}], "identity": [{"type": "SystemAssigned"}]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster_node_pool", "address": "azurerm_kubernetes_cluster_node_pool.x", "kind": "terraform", "values": {"name": "passing-aks-node-pub", "location": "westeurope", "resource_group_name": "rg-app", "kubernetes_cluster_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/kubernetes_cluster/main", "vm_size": "Standard_D4s_v5"}, "unknown": []}
}
