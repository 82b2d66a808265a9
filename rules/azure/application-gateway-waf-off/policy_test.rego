package tollgate.azure.application_gateway_waf_off_test

import rego.v1

import data.tollgate.azure.application_gateway_waf_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_application_gateway", "address": "azurerm_application_gateway.x", "kind": "terraform", "values": {"name": "failing-application-", "location": "westeurope", "resource_group_name": "rg-app", "sku": [{"name": "Standard_v2", "tier": "Standard_v2", "capacity": 2}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_application_gateway", "address": "azurerm_application_gateway.x", "kind": "terraform", "values": {"name": "passing-application-", "location": "westeurope", "resource_group_name": "rg-app", "sku": [{"name": "WAF_v2", "tier": "WAF_v2", "capacity": 2}], "firewall_policy_id": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/web_application_firewall_policy/main"}, "unknown": []}
}
