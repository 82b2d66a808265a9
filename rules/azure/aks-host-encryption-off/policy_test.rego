package tollgate.azure.aks_host_encryption_off_test

import rego.v1

import data.tollgate.azure.aks_host_encryption_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_kubernetes_cluster_node_pool", "address": "azurerm_kubernetes_cluster_node_pool.x", "kind": "terraform", "values": {"name": "failing-aks-host-enc", "location": "westeurope", "resource_group_name": "rg-app", "kubernetes_cluster_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/kubernetes_cluster/main", "vm_size": "Standard_D4s_v5"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster_node_pool", "address": "azurerm_kubernetes_cluster_node_pool.x", "kind": "terraform", "values": {"name": "passing-aks-host-enc", "location": "westeurope", "resource_group_name": "rg-app", "kubernetes_cluster_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/kubernetes_cluster/main", "vm_size": "Standard_D4s_v5", "host_encryption_enabled": true}, "unknown": []}
}
