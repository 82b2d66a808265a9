package tollgate.kubernetes.workload_in_default_namespace_test

import rego.v1

import data.tollgate.kubernetes.workload_in_default_namespace as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "Deployment", "address": "Deployment/default/web", "values": {"metadata": {"name": "web", "namespace": "default"}}}
}

test_own_namespace_allowed if {
	count(rule.deny) == 0 with input as {"type": "Deployment", "address": "Deployment/shop/web", "values": {"metadata": {"name": "web", "namespace": "shop"}}}
}

test_unset_namespace_allowed if {
	count(rule.deny) == 0 with input as {"type": "Deployment", "address": "Deployment/web", "values": {"metadata": {"name": "web"}}}
}
