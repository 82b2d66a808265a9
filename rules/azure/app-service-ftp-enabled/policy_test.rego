package tollgate.azure.app_service_ftp_enabled_test

import rego.v1

import data.tollgate.azure.app_service_ftp_enabled as rule

test_ftp_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{"ftps_state": "AllAllowed"}]}, "unknown": []}
}

test_disabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_linux_web_app", "address": "azurerm_linux_web_app.x", "kind": "terraform", "values": {"site_config": [{"ftps_state": "Disabled"}]}, "unknown": []}
}
