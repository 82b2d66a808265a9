package tollgate.kubernetes.host_network_test

import rego.v1

import data.tollgate.kubernetes.host_network as rule

test_host_network_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"hostNetwork": true}}}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {}}}
}
