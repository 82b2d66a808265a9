package tollgate.aws.config_recorder_partial_test

import rego.v1

import data.tollgate.aws.config_recorder_partial as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_config_configuration_recorder", "address": "aws_config_configuration_recorder.x", "kind": "terraform", "values": {"name": "main", "role_arn": "arn:aws:iam::123456789012:role/config", "recording_group": [{"all_supported": false, "resource_types": ["AWS::EC2::Instance"]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_config_configuration_recorder", "address": "aws_config_configuration_recorder.x", "kind": "terraform", "values": {"name": "main-ok", "role_arn": "arn:aws:iam::123456789012:role/config", "recording_group": [{"all_supported": true, "include_global_resource_types": true}]}, "unknown": []}
}
