package tollgate.aws.account_baseline_incomplete_test

import rego.v1

import data.tollgate.aws.account_baseline_incomplete as rule

trail := {"type": "aws_cloudtrail", "kind": "terraform", "address": "aws_cloudtrail.t", "source": {"file": "main.tf", "line": 1}, "values": {}}

test_trail_alone_denied if {
	count(rule.deny) == 3 with input as {"resources": [trail]}
}

test_baseline_allowed if {
	resources := [trail, {"type": "aws_config_configuration_recorder", "values": {"recording_group": [{"all_supported": true}]}}, {"type": "aws_securityhub_account", "values": {}}, {"type": "aws_accessanalyzer_analyzer", "values": {}}]
	count(rule.deny) == 0 with input as {"resources": resources}
}

test_partial_recorder_denied if {
	resources := [trail, {"type": "aws_config_configuration_recorder", "values": {"recording_group": [{"all_supported": false}]}}, {"type": "aws_securityhub_account", "values": {}}, {"type": "aws_accessanalyzer_analyzer", "values": {}}]
	count(rule.deny) == 1 with input as {"resources": resources}
}

test_no_trail_allowed if {
	count(rule.deny) == 0 with input as {"resources": []}
}
