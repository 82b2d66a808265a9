package tollgate.drift.unmanaged_resource_test

import rego.v1

import data.tollgate.drift.unmanaged_resource as rule

entry(type, status) := {"type": type, "address": sprintf("%s.x", [type]), "values": {}, "drift": {"status": status, "changes": [], "live_entry": true}}

test_unmanaged_queue_low if {
	some finding in rule.deny with input as entry("aws_sqs_queue", "unmanaged")
	finding.severity == "low"
}

test_unmanaged_role_medium if {
	some finding in rule.deny with input as entry("aws_iam_role", "unmanaged")
	finding.severity == "medium"
}

test_managed_is_fine if {
	count(rule.deny) == 0 with input as entry("aws_sqs_queue", "in_sync")
}
