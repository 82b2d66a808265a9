package services

deny contains "services must not be LoadBalancers" if {
	input.spec.type == "LoadBalancer"
}
