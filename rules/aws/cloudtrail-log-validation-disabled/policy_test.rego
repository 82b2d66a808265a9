package tollgate.aws.cloudtrail_log_validation_disabled_test

import rego.v1

import data.tollgate.aws.cloudtrail_log_validation_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {"name": "t"}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {"enable_log_file_validation": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {}, "unknown": ["enable_log_file_validation"]}
}
