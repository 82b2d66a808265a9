package tollgate.azure.aks_without_log_analytics_test

import rego.v1

import data.tollgate.azure.aks_without_log_analytics as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"name": "failing-aks-without-", "location": "westeurope", "resource_group_name": "rg-app", "dns_prefix": "app", "default_node_pool": [{"name": "system", "vm_size": "Standard_D4s_v5", "node_count": 3}], "identity": [{"type": "SystemAssigned"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"name": "passing-aks-without-", "location": "westeurope", "resource_group_name": "rg-app", "dns_prefix": "app", "default_node_pool": [{"name": "system", "vm_size": "Standard_D4s_v5", "node_count": 3}], "identity": [{"type": "SystemAssigned"}], "oms_agent": [{"log_analytics_workspace_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/log_analytics_workspace/main"}]}, "unknown": []}
}
