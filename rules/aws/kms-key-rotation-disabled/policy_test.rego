package tollgate.aws.kms_key_rotation_disabled_test

import rego.v1

import data.tollgate.aws.kms_key_rotation_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_kms_key", "address": "aws_kms_key.x", "kind": "terraform", "values": {"description": "d"}, "unknown": []}
}

test_asymmetric_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_kms_key", "address": "aws_kms_key.x", "kind": "terraform", "values": {"customer_master_key_spec": "RSA_2048"}, "unknown": []}
}

test_rotating_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_kms_key", "address": "aws_kms_key.x", "kind": "terraform", "values": {"enable_key_rotation": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_kms_key", "address": "aws_kms_key.x", "kind": "terraform", "values": {}, "unknown": ["enable_key_rotation"]}
}
