package tollgate.kubernetes.cluster_admin_binding_test

import rego.v1

import data.tollgate.kubernetes.cluster_admin_binding as rule

test_admin_denied if {
	count(rule.deny) == 1 with input as {"type": "ClusterRoleBinding", "address": "ClusterRoleBinding/x", "kind": "kubernetes", "values": {"roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}, "subjects": [{"kind": "Group", "name": "devs"}]}}
}

test_system_allowed if {
	count(rule.deny) == 0 with input as {"type": "ClusterRoleBinding", "address": "ClusterRoleBinding/x", "kind": "kubernetes", "values": {"roleRef": {"kind": "ClusterRole", "name": "cluster-admin"}, "subjects": [{"kind": "Group", "name": "system:masters"}]}}
}

test_view_allowed if {
	count(rule.deny) == 0 with input as {"type": "ClusterRoleBinding", "address": "ClusterRoleBinding/x", "kind": "kubernetes", "values": {"roleRef": {"kind": "ClusterRole", "name": "view"}, "subjects": [{"kind": "Group", "name": "devs"}]}}
}
