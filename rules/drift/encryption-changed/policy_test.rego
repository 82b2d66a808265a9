package tollgate.drift.encryption_changed_test

import rego.v1

import data.tollgate.drift.encryption_changed as rule

queue(changes) := {"type": "aws_sqs_queue", "address": "aws_sqs_queue.q", "values": {}, "drift": {"status": "changed", "changes": changes}}

test_key_changed if {
	count(rule.deny) == 1 with input as queue([{"attribute": "kms_master_key_id", "desired": "alias/a", "live": null}])
}

test_nested_encryption if {
	count(rule.deny) == 1 with input as queue([{"attribute": "server_side_encryption[0].enabled", "desired": true, "live": false}])
}

test_other_attribute_ignored if {
	count(rule.deny) == 0 with input as queue([{"attribute": "visibility_timeout_seconds", "desired": 30, "live": 60}])
}
