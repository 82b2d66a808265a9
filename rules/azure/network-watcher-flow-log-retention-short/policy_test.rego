package tollgate.azure.network_watcher_flow_log_retention_short_test

import rego.v1

import data.tollgate.azure.network_watcher_flow_log_retention_short as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_network_watcher_flow_log", "address": "azurerm_network_watcher_flow_log.x", "kind": "terraform", "values": {"name": "failing-network-watc", "location": "westeurope", "resource_group_name": "rg-app", "network_watcher_name": "nw", "network_security_group_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/network_security_group/app", "storage_account_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/storage_account/logs", "enabled": true, "retention_policy": [{"enabled": true, "days": 30}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_network_watcher_flow_log", "address": "azurerm_network_watcher_flow_log.x", "kind": "terraform", "values": {"name": "passing-network-watc", "location": "westeurope", "resource_group_name": "rg-app", "network_watcher_name": "nw", "network_security_group_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/network_security_group/app", "storage_account_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/storage_account/logs", "enabled": true, "retention_policy": [{"enabled": true, "days": 90}]}, "unknown": []}
}
