package tollgate.azure.provider_hard_coded_credentials_test

import rego.v1

import data.tollgate.azure.provider_hard_coded_credentials as rule

test_literal_secret_denied if {
	count(rule.deny) == 1 with input as {"type": "provider", "address": "provider.azurerm", "kind": "terraform", "values": {"name": "azurerm", "client_id": "00000000-0000-0000-0000-000000000000", "client_secret": "s3cr3t~value"}, "unknown": []}
}

test_oidc_allowed if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.azurerm", "kind": "terraform", "values": {"name": "azurerm", "use_oidc": true}, "unknown": []}
}

test_unknown_secret_silent if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.azuread", "kind": "terraform", "values": {"name": "azuread"}, "unknown": ["client_secret"]}
}
