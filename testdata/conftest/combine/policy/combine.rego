package main

# Rego v0, as many Conftest --combine policies are: `msg` is built before the body binds what it
# reads, and the helper scans every file; OPA reorders the statements, and so must tollgate.

deny[msg] {
	msg = sprintf("Deployment %s has no Service selecting app %s", [name, app])
	input[i].contents.kind == "Deployment"
	deployment = input[i].contents
	name = deployment.metadata.name
	app = deployment.spec.selector.matchLabels.app
	not service_selects(app)
}

service_selects(app) {
	input[j].contents.kind == "Service"
	input[j].contents.spec.selector.app == app
}
