package tollgate.aws.ec2_root_volume_unencrypted_test

import rego.v1

import data.tollgate.aws.ec2_root_volume_unencrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"root_block_device": [{"encrypted": false}]}, "unknown": []}
}

test_encrypted_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"root_block_device": [{"encrypted": true}]}, "unknown": []}
}
