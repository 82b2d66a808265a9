package tollgate.azure.app_service_without_managed_identity_test

import rego.v1

import data.tollgate.azure.app_service_without_managed_identity as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"name": "failing-app-service-", "location": "westeurope", "resource_group_name": "rg-app", "service_plan_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/service_plan/main", "site_config": [{"minimum_tls_version": "1.2"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"name": "passing-app-service-", "location": "westeurope", "resource_group_name": "rg-app", "service_plan_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/service_plan/main", "identity": [{"type": "SystemAssigned"}], "site_config": [{"minimum_tls_version": "1.2"}]}, "unknown": []}
}
