package tollgate.azure.app_service_remote_debugging_enabled_test

import rego.v1

import data.tollgate.azure.app_service_remote_debugging_enabled as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{"remote_debugging_enabled": true}]}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{"remote_debugging_enabled": false}]}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}
