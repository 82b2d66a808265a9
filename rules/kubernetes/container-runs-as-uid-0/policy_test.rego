package tollgate.kubernetes.container_runs_as_uid_0_test

import rego.v1

import data.tollgate.kubernetes.container_runs_as_uid_0 as rule

test_pod_root_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"securityContext": {"runAsUser": 0}, "containers": [{"name": "a"}]}}}
}

test_container_root_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"runAsUser": 0}}]}}}
}

test_non_root_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"securityContext": {"runAsUser": 10001}, "containers": [{"name": "a"}]}}}
}
