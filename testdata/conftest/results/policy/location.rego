package main

# A result object naming where in its file the problem is: outputs point there.

deny contains {"msg": msg, "location": {"file": "service.yaml", "line": 8}} if {
	input.kind == "Service"
	input.spec.type == "NodePort"
	msg := sprintf("Service %s is a NodePort", [input.metadata.name])
}
