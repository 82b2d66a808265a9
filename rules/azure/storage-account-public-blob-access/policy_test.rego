package tollgate.azure.storage_account_public_blob_access_test

import rego.v1

import data.tollgate.azure.storage_account_public_blob_access as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_false_allowed if {
	count(rule.deny) == 0 with input as {"type": "azurerm_storage_account", "address": "azurerm_storage_account.x", "kind": "terraform", "values": {"allow_nested_items_to_be_public": false}, "unknown": []}
}
