package services

test_load_balancer_is_denied if {
	count(deny) == 1 with input as {"spec": {"type": "LoadBalancer"}}
}

test_cluster_ip_is_denied if {
	count(deny) == 1 with input as {"spec": {"type": "ClusterIP"}}
}
