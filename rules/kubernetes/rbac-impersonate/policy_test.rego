package tollgate.kubernetes.rbac_impersonate_test

import rego.v1

import data.tollgate.kubernetes.rbac_impersonate as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "ClusterRole", "address": "ClusterRole/support", "kind": "kubernetes", "values": {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "support"}, "rules": [{"apiGroups": [""], "resources": ["users", "groups"], "verbs": ["impersonate"]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "ClusterRole", "address": "ClusterRole/support-ok", "kind": "kubernetes", "values": {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "support-ok"}, "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]}]}, "unknown": []}
}
