package tollgate.azure.app_service_http2_disabled_test

import rego.v1

import data.tollgate.azure.app_service_http2_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{"http2_enabled": true}]}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {}, "unknown": ["site_config[0].http2_enabled"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{"http2_enabled": false}]}, "unknown": []}
}
