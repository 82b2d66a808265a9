package tollgate.kubernetes.rbac_wildcard_test

import rego.v1

import data.tollgate.kubernetes.rbac_wildcard as rule

test_verbs_denied if {
	count(rule.deny) == 1 with input as {"type": "ClusterRole", "address": "ClusterRole/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["*"]}]}}
}

test_listed_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}]}}
}
