package tollgate.aws.sqs_queue_unencrypted_test

import rego.v1

import data.tollgate.aws.sqs_queue_unencrypted as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_sqs_queue", "address": "aws_sqs_queue.x", "kind": "terraform", "values": {"sqs_managed_sse_enabled": false}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_sqs_queue", "address": "aws_sqs_queue.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_kms_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_sqs_queue", "address": "aws_sqs_queue.x", "kind": "terraform", "values": {"sqs_managed_sse_enabled": false, "kms_master_key_id": "alias/q"}, "unknown": []}
}
