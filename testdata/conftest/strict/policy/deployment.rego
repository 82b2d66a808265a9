package main

import data.lib.registries

# Passes without --strict; OPA's strict mode rejects the unused assignment, the unused argument and
# the unused import.

deny contains msg if {
	input.kind == "Deployment"
	replicas := input.spec.replicas
	not input.spec.template.spec.securityContext.runAsNonRoot
	msg := sprintf("Deployment %s must set runAsNonRoot", [input.metadata.name])
}

image_name(image, registry) := split(image, ":")[0]
