package tollgate.kubernetes.container_may_run_as_root_test

import rego.v1

import data.tollgate.kubernetes.container_may_run_as_root as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a"}]}}}
}

test_pod_level_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"securityContext": {"runAsNonRoot": true}, "containers": [{"name": "a"}]}}}
}

test_container_level_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"runAsNonRoot": true}}]}}}
}

test_container_overrides_pod_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"securityContext": {"runAsNonRoot": true}, "containers": [{"name": "a", "securityContext": {"runAsNonRoot": false}}, {"name": "b"}]}}}
}

test_non_zero_uid_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"securityContext": {"runAsUser": 1000}, "containers": [{"name": "a"}], "initContainers": [{"name": "i", "securityContext": {"runAsUser": 10001}}]}}}
}

test_uid_zero_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"runAsUser": 0}}]}}}
}
