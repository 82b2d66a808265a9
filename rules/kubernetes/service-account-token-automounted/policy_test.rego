package tollgate.kubernetes.service_account_token_automounted_test

import rego.v1

import data.tollgate.kubernetes.service_account_token_automounted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a"}]}}}
}

test_false_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"automountServiceAccountToken": false, "containers": [{"name": "a"}]}}}
}
