package main

# A multi-value rule without `contains`: a compile error in Rego v1.

deny[msg] if {
	input.kind == "Deployment"
	msg := "no"
}
