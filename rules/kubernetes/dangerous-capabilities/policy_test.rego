package tollgate.kubernetes.dangerous_capabilities_test

import rego.v1

import data.tollgate.kubernetes.dangerous_capabilities as rule

test_sys_admin_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}}}]}}}
}

test_cap_prefix_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"capabilities": {"add": ["CAP_NET_ADMIN"]}}}]}}}
}

test_bind_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]}}}]}}}
}

test_none_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "a"}]}}}
}
