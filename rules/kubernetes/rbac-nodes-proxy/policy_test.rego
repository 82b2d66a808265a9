package tollgate.kubernetes.rbac_nodes_proxy_test

import rego.v1

import data.tollgate.kubernetes.rbac_nodes_proxy as rule

test_granted_denied if {
	count(rule.deny) == 1 with input as {"type": "ClusterRole", "address": "ClusterRole/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["nodes/proxy"], "verbs": ["get"]}]}, "unknown": []}
}

test_wildcard_verb_denied if {
	count(rule.deny) == 1 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["nodes/proxy"], "verbs": ["*"]}]}, "unknown": []}
}

test_read_only_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["nodes/proxy"], "verbs": ["list"]}]}, "unknown": []}
}

test_other_resource_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "create"]}]}, "unknown": []}
}
