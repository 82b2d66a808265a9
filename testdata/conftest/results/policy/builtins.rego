package builtins

# An invalid pattern: an undefined value, so no result, unless --show-builtin-errors makes it an error.

deny contains "name matches" if {
	regex.match("[unclosed", input.metadata.name)
}
