package tollgate.aws.dms_replication_instance_public_test

import rego.v1

import data.tollgate.aws.dms_replication_instance_public as rule

test_public_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_dms_replication_instance", "address": "aws_dms_replication_instance.x", "kind": "terraform", "values": {"publicly_accessible": true}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_dms_replication_instance", "address": "aws_dms_replication_instance.x", "kind": "terraform", "values": {"publicly_accessible": false}, "unknown": []}
}
