package tollgate.aws.ebs_default_encryption_disabled_test

import rego.v1

import data.tollgate.aws.ebs_default_encryption_disabled as rule

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ebs_encryption_by_default", "address": "aws_ebs_encryption_by_default.x", "kind": "terraform", "values": {"enabled": false}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ebs_encryption_by_default", "address": "aws_ebs_encryption_by_default.x", "kind": "terraform", "values": {}, "unknown": []}
}
