package tollgate.aws.ebs_volume_unencrypted_test

import rego.v1

import data.tollgate.aws.ebs_volume_unencrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ebs_volume", "address": "v", "values": {}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_ebs_volume", "address": "v", "values": {}, "unknown": ["encrypted"]}
}

test_encrypted_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ebs_volume", "address": "v", "values": {"encrypted": true}, "unknown": []}
}
