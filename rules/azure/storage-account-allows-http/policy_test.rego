package tollgate.azure.storage_account_allows_http_test

import rego.v1

import data.tollgate.azure.storage_account_allows_http as rule

test_http_denied if {
	count(rule.deny) == 1 with input as {"address": "a", "values": {"https_traffic_only_enabled": false}}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"address": "a", "values": {}}
}
