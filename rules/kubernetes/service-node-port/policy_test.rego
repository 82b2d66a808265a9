package tollgate.kubernetes.service_node_port_test

import rego.v1

import data.tollgate.kubernetes.service_node_port as rule

test_node_port_denied if {
	count(rule.deny) == 1 with input as {"type": "Service", "address": "Service/s", "kind": "kubernetes", "values": {"spec": {"type": "NodePort"}}}
}

test_cluster_ip_allowed if {
	count(rule.deny) == 0 with input as {"type": "Service", "address": "Service/s", "kind": "kubernetes", "values": {"spec": {"type": "ClusterIP"}}}
}
