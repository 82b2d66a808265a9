package tollgate.azure.security_center_free_tier_test

import rego.v1

import data.tollgate.azure.security_center_free_tier as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "azurerm_security_center_subscription_pricing", "address": "azurerm_security_center_subscription_pricing.x", "kind": "terraform", "values": {"name": "failing-security-cen", "location": "westeurope", "resource_group_name": "rg-app", "tier": "Free", "resource_type": "VirtualMachines"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "azurerm_security_center_subscription_pricing", "address": "azurerm_security_center_subscription_pricing.x", "kind": "terraform", "values": {"name": "passing-security-cen", "location": "westeurope", "resource_group_name": "rg-app", "tier": "Standard", "resource_type": "VirtualMachines"}, "unknown": []}
}
