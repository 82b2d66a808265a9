package tollgate.kubernetes.rbac_system_masters_binding_test

import rego.v1

import data.tollgate.kubernetes.rbac_system_masters_binding as rule

test_masters_denied if {
	count(rule.deny) == 1 with input as {"type": "ClusterRoleBinding", "address": "ClusterRoleBinding/x", "kind": "kubernetes", "values": {"subjects": [{"kind": "Group", "name": "system:masters"}]}, "unknown": []}
}

test_named_group_allowed if {
	count(rule.deny) == 0 with input as {"type": "ClusterRoleBinding", "address": "ClusterRoleBinding/x", "kind": "kubernetes", "values": {"subjects": [{"kind": "Group", "name": "platform-admins"}]}, "unknown": []}
}
