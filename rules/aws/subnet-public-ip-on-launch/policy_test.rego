package tollgate.aws.subnet_public_ip_on_launch_test

import rego.v1

import data.tollgate.aws.subnet_public_ip_on_launch as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_subnet", "address": "aws_subnet.x", "kind": "terraform", "values": {"vpc_id": "vpc-0a1b2c3d", "cidr_block": "10.0.1.0/24", "map_public_ip_on_launch": true}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::EC2::Subnet", "address": "AWS::EC2::Subnet.x", "kind": "cloudformation", "values": {"VpcId": "vpc-0a1b2c3d", "CidrBlock": "10.0.1.0/24", "MapPublicIpOnLaunch": true}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_subnet", "address": "aws_subnet.x", "kind": "terraform", "values": {"vpc_id": "vpc-0a1b2c3d", "cidr_block": "10.0.2.0/24"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::EC2::Subnet", "address": "AWS::EC2::Subnet.x", "kind": "cloudformation", "values": {"VpcId": "vpc-0a1b2c3d", "CidrBlock": "10.0.2.0/24"}, "unknown": []}
}
