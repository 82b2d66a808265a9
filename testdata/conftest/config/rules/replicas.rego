package kubernetes

deny[msg] {
	input.kind == "Deployment"
	input.spec.replicas < 2
	msg := sprintf("Deployment %s runs %d replica; run at least 2", [input.metadata.name, input.spec.replicas])
}
