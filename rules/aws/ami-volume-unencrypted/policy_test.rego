package tollgate.aws.ami_volume_unencrypted_test

import rego.v1

import data.tollgate.aws.ami_volume_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ami", "address": "aws_ami.x", "kind": "terraform", "values": {"name": "base", "root_device_name": "/dev/xvda", "ebs_block_device": [{"device_name": "/dev/xvda", "snapshot_id": "snap-0a1b2c3d", "encrypted": false}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_ami", "address": "aws_ami.x", "kind": "terraform", "values": {"name": "base-ok", "root_device_name": "/dev/xvda", "ebs_block_device": [{"device_name": "/dev/xvda", "snapshot_id": "snap-0a1b2c3d", "encrypted": true}]}, "unknown": []}
}
