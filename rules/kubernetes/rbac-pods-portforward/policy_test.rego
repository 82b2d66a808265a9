package tollgate.kubernetes.rbac_pods_portforward_test

import rego.v1

import data.tollgate.kubernetes.rbac_pods_portforward as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "Role", "address": "Role/debug", "kind": "kubernetes", "values": {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "debug", "namespace": "shop"}, "rules": [{"apiGroups": [""], "resources": ["pods/portforward"], "verbs": ["create"]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "Role", "address": "Role/debug-ok", "kind": "kubernetes", "values": {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "debug-ok", "namespace": "shop"}, "rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]}]}, "unknown": []}
}
