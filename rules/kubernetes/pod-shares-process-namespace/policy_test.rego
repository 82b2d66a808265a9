package tollgate.kubernetes.pod_shares_process_namespace_test

import rego.v1

import data.tollgate.kubernetes.pod_shares_process_namespace as rule

test_shared_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/x", "kind": "kubernetes", "values": {"spec": {"shareProcessNamespace": true, "containers": [{"name": "a"}]}}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/x", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a"}]}}, "unknown": []}
}
