package tollgate.kubernetes.container_host_port_test

import rego.v1

import data.tollgate.kubernetes.container_host_port as rule

test_host_port_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80, "hostPort": 80}]}]}}}
}

test_container_port_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "ports": [{"containerPort": 80}]}]}}}
}
