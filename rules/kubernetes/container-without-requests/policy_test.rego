package tollgate.kubernetes.container_without_requests_test

import rego.v1

import data.tollgate.kubernetes.container_without_requests as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a"}]}}}
}

test_memory_only_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a", "resources": {"requests": {"memory": "1Gi"}}}]}}}
}

test_requested_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a", "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}}}]}}}
}
