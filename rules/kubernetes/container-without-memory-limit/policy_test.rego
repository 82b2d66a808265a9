package tollgate.kubernetes.container_without_memory_limit_test

import rego.v1

import data.tollgate.kubernetes.container_without_memory_limit as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a"}]}}}
}

test_limited_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a", "resources": {"limits": {"memory": "256Mi"}}}]}}}
}
