package tollgate.azure.data_factory_public_network_test

import rego.v1

import data.tollgate.azure.data_factory_public_network as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_data_factory", "address": "azurerm_data_factory.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_data_factory", "address": "azurerm_data_factory.x", "kind": "terraform", "values": {"public_network_enabled": false}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "azurerm_data_factory", "address": "azurerm_data_factory.x", "kind": "terraform", "values": {}, "unknown": ["public_network_enabled"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_data_factory", "address": "azurerm_data_factory.x", "kind": "terraform", "values": {"public_network_enabled": true}, "unknown": []}
}
