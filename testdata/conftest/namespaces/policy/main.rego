package main

deny contains "main: replicas must be set" if {
	input.kind == "Deployment"
	not input.spec.replicas
}
