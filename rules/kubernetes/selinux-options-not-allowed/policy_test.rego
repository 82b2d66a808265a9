package tollgate.kubernetes.selinux_options_not_allowed_test

import rego.v1

import data.tollgate.kubernetes.selinux_options_not_allowed as rule

test_spc_type_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "spc_t"}}}]}}}
}

test_pod_user_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"securityContext": {"seLinuxOptions": {"user": "system_u"}}, "containers": [{"name": "a"}]}}}
}

test_level_and_container_type_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"securityContext": {"seLinuxOptions": {"level": "s0:c1,c2"}}, "containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_t"}}}]}}}
}
