package tollgate.kubernetes.rbac_secrets_read_test

import rego.v1

import data.tollgate.kubernetes.rbac_secrets_read as rule

test_list_denied if {
	count(rule.deny) == 1 with input as {"type": "ClusterRole", "address": "ClusterRole/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["list"]}]}}
}

test_named_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["tls"], "verbs": ["get"]}]}}
}

test_configmaps_allowed if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/x", "kind": "kubernetes", "values": {"rules": [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["list"]}]}}
}
