package tollgate.kubernetes.container_capabilities_not_dropped_test

import rego.v1

import data.tollgate.kubernetes.container_capabilities_not_dropped as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a"}]}}}
}

test_dropped_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"capabilities": {"drop": ["ALL"]}}}]}}}
}
