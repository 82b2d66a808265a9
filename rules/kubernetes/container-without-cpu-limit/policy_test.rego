package tollgate.kubernetes.container_without_cpu_limit_test

import rego.v1

import data.tollgate.kubernetes.container_without_cpu_limit as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "resources": {"limits": {"memory": "1Gi"}}}]}}}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "resources": {"limits": {"cpu": "500m"}}}]}}}
}

test_ephemeral_containers_ignored if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"ephemeralContainers": [{"name": "debug"}]}}}
}
