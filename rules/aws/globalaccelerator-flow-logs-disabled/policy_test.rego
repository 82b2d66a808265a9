package tollgate.aws.globalaccelerator_flow_logs_disabled_test

import rego.v1

import data.tollgate.aws.globalaccelerator_flow_logs_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_globalaccelerator_accelerator", "address": "aws_globalaccelerator_accelerator.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_globalaccelerator_accelerator", "address": "aws_globalaccelerator_accelerator.x", "kind": "terraform", "values": {"attributes": [{"flow_logs_enabled": true}]}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_globalaccelerator_accelerator", "address": "aws_globalaccelerator_accelerator.x", "kind": "terraform", "values": {}, "unknown": ["attributes[0].flow_logs_enabled"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_globalaccelerator_accelerator", "address": "aws_globalaccelerator_accelerator.x", "kind": "terraform", "values": {"attributes": [{"flow_logs_enabled": false}]}, "unknown": []}
}
