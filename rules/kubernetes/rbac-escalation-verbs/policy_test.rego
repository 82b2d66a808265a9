package tollgate.kubernetes.rbac_escalation_verbs_test

import rego.v1

import data.tollgate.kubernetes.rbac_escalation_verbs as rule

test_bind_denied if {
	count(rule.deny) == 1 with input as {"type": "ClusterRole", "address": "ClusterRole/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["bind"]}]}, "unknown": []}
}

test_impersonate_denied if {
	count(rule.deny) == 1 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["serviceaccounts"], "verbs": ["impersonate"]}]}, "unknown": []}
}

test_read_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}]}, "unknown": []}
}
