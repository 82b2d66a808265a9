package tollgate.azure.aks_automatic_upgrades_off_test

import rego.v1

import data.tollgate.azure.aks_automatic_upgrades_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"name": "failing-aks-automati", "location": "westeurope", "resource_group_name": "rg-app", "dns_prefix": "app", "default_node_pool": [{"name": "system", "vm_size": "Standard_D4s_v5", "node_count": 3}], "identity": [{"type": "SystemAssigned"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_kubernetes_cluster", "address": "azurerm_kubernetes_cluster.x", "kind": "terraform", "values": {"name": "passing-aks-automati", "location": "westeurope", "resource_group_name": "rg-app", "dns_prefix": "app", "automatic_upgrade_channel": "patch", "default_node_pool": [{"name": "system", "vm_size": "Standard_D4s_v5", "node_count": 3}], "identity": [{"type": "SystemAssigned"}]}, "unknown": []}
}
