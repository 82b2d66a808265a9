package tollgate.kubernetes.container_allows_privilege_escalation_test

import rego.v1

import data.tollgate.kubernetes.container_allows_privilege_escalation as rule

pod(ctx) := {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "app", "securityContext": ctx}]}}}

test_missing_denied if {
	count(rule.deny) == 1 with input as pod({})
}

test_false_allowed if {
	count(rule.deny) == 0 with input as pod({"allowPrivilegeEscalation": false})
}
