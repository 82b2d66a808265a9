package tollgate.azure.app_service_old_tls_test

import rego.v1

import data.tollgate.azure.app_service_old_tls as rule

test_old_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{"minimum_tls_version": "1.0"}]}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{}]}, "unknown": []}
}
