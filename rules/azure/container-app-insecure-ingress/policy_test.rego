package tollgate.azure.container_app_insecure_ingress_test

import rego.v1

import data.tollgate.azure.container_app_insecure_ingress as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_container_app", "address": "azurerm_container_app.x", "kind": "terraform", "values": {"ingress": [{"allow_insecure_connections": true}]}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_container_app", "address": "azurerm_container_app.x", "kind": "terraform", "values": {"ingress": [{"allow_insecure_connections": false}]}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_container_app", "address": "azurerm_container_app.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}
