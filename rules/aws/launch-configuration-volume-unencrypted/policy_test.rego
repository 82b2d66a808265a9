package tollgate.aws.launch_configuration_volume_unencrypted_test

import rego.v1

import data.tollgate.aws.launch_configuration_volume_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_launch_configuration", "address": "aws_launch_configuration.x", "kind": "terraform", "values": {"name_prefix": "web-", "image_id": "ami-0a1b2c3d", "instance_type": "t3.small", "root_block_device": [{"volume_size": 20}]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "aws_launch_template", "address": "aws_launch_template.x", "kind": "terraform", "values": {"name_prefix": "api-", "image_id": "ami-0a1b2c3d", "block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{"volume_size": 20, "encrypted": "false"}]}]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_launch_configuration", "address": "aws_launch_configuration.x", "kind": "terraform", "values": {"name_prefix": "web-ok-", "image_id": "ami-0a1b2c3d", "instance_type": "t3.small", "root_block_device": [{"volume_size": 20, "encrypted": true}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "aws_launch_template", "address": "aws_launch_template.x", "kind": "terraform", "values": {"name_prefix": "api-ok-", "image_id": "ami-0a1b2c3d", "block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{"volume_size": 20, "encrypted": "true"}]}]}, "unknown": []}
}
