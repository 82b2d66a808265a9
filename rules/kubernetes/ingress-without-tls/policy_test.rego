package tollgate.kubernetes.ingress_without_tls_test

import rego.v1

import data.tollgate.kubernetes.ingress_without_tls as rule

test_no_tls_denied if {
	count(rule.deny) == 1 with input as {"type": "Ingress", "address": "Ingress/web", "values": {"spec": {"rules": [{"host": "a"}]}}}
}

test_empty_tls_denied if {
	count(rule.deny) == 1 with input as {"type": "Ingress", "address": "Ingress/web", "values": {"spec": {"tls": []}}}
}

test_tls_allowed if {
	count(rule.deny) == 0 with input as {"type": "Ingress", "address": "Ingress/web", "values": {"spec": {"tls": [{"hosts": ["a"], "secretName": "s"}]}}}
}
