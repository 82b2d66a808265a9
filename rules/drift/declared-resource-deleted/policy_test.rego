package tollgate.drift.declared_resource_deleted_test

import rego.v1

import data.tollgate.drift.declared_resource_deleted as rule

missing(type) := {"type": type, "address": sprintf("%s.x", [type]), "values": {}, "drift": {"status": "missing", "changes": []}}

test_data_store_is_critical if {
	some finding in rule.deny with input as missing("aws_db_instance")
	finding.severity == "critical"
}

test_other_is_high if {
	some finding in rule.deny with input as missing("aws_sqs_queue")
	finding.severity == "high"
}

test_present_is_fine if {
	count(rule.deny) == 0 with input as {"type": "aws_sqs_queue", "address": "q", "values": {}, "drift": {"status": "in_sync", "changes": []}}
}
