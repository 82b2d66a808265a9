package tollgate.aws.ec2_imdsv1_allowed_test

import rego.v1

import data.tollgate.aws.ec2_imdsv1_allowed as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"ami": "a"}, "unknown": []}
}

test_optional_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_launch_template", "address": "aws_launch_template.x", "kind": "terraform", "values": {"metadata_options": [{"http_tokens": "optional"}]}, "unknown": []}
}

test_required_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"metadata_options": [{"http_tokens": "required"}]}, "unknown": []}
}

test_disabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"metadata_options": [{"http_endpoint": "disabled"}]}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"metadata_options": [{}]}, "unknown": ["metadata_options[0].http_tokens"]}
}
