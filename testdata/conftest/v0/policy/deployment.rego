package main

# Rego v0: `deny[msg] { ... }`. Conftest reads it with `--rego-version v0`; under v1 it does not parse.

deny[msg] {
	input.kind == "Deployment"
	not input.spec.template.spec.securityContext.runAsNonRoot
	msg := sprintf("Deployment %s must set runAsNonRoot", [input.metadata.name])
}
