package tollgate.aws.cloudtrail_not_multi_region_test

import rego.v1

import data.tollgate.aws.cloudtrail_not_multi_region as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {"name": "t"}, "unknown": []}
}

test_multi_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {"is_multi_region_trail": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudtrail", "address": "aws_cloudtrail.x", "kind": "terraform", "values": {}, "unknown": ["is_multi_region_trail"]}
}
