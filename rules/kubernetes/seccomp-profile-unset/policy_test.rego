package tollgate.kubernetes.seccomp_profile_unset_test

import rego.v1

import data.tollgate.kubernetes.seccomp_profile_unset as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a"}]}}}
}

test_pod_level_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "a"}]}}}
}

test_unconfined_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}]}}}
}
