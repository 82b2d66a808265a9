package tollgate.kubernetes.rbac_pods_exec_test

import rego.v1

import data.tollgate.kubernetes.rbac_pods_exec as rule

test_exec_denied if {
	count(rule.deny) == 1 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["create"]}]}, "unknown": []}
}

test_attach_wildcard_denied if {
	count(rule.deny) == 1 with input as {"type": "ClusterRole", "address": "ClusterRole/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": ["*"], "resources": ["pods/attach"], "verbs": ["*"]}]}, "unknown": []}
}

test_logs_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]}]}, "unknown": []}
}

test_get_exec_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["get"]}]}, "unknown": []}
}
