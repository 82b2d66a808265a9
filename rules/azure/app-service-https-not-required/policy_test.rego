package tollgate.azure.app_service_https_not_required_test

import rego.v1

import data.tollgate.azure.app_service_https_not_required as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_true_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"https_only": true}, "unknown": []}
}
