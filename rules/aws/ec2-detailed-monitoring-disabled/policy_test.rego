package tollgate.aws.ec2_detailed_monitoring_disabled_test

import rego.v1

import data.tollgate.aws.ec2_detailed_monitoring_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"monitoring": true}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {}, "unknown": ["monitoring"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"monitoring": false}, "unknown": []}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::EC2::Instance", "address": "AWS::EC2::Instance/x", "kind": "cloudformation", "values": {}, "unknown": []}
}

test_cfn_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::EC2::Instance", "address": "AWS::EC2::Instance/x", "kind": "cloudformation", "values": {"Monitoring": true}, "unknown": []}
}
