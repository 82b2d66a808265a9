package audit

deny contains "audit: every resource is audited" if {
	input.kind
}
