package tollgate.aws.ecr_scan_on_push_disabled_test

import rego.v1

import data.tollgate.aws.ecr_scan_on_push_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ecr_repository", "address": "aws_ecr_repository.x", "kind": "terraform", "values": {"name": "r"}, "unknown": []}
}

test_scanning_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ecr_repository", "address": "aws_ecr_repository.x", "kind": "terraform", "values": {"image_scanning_configuration": [{"scan_on_push": true}]}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_ecr_repository", "address": "aws_ecr_repository.x", "kind": "terraform", "values": {"image_scanning_configuration": [{}]}, "unknown": ["image_scanning_configuration[0].scan_on_push"]}
}
