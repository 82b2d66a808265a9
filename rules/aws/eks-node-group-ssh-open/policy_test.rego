package tollgate.aws.eks_node_group_ssh_open_test

import rego.v1

import data.tollgate.aws.eks_node_group_ssh_open as rule

test_open_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_eks_node_group", "address": "aws_eks_node_group.x", "kind": "terraform", "values": {"remote_access": [{"ec2_ssh_key": "ops"}]}, "unknown": []}
}

test_scoped_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_eks_node_group", "address": "aws_eks_node_group.x", "kind": "terraform", "values": {"remote_access": [{"ec2_ssh_key": "ops", "source_security_group_ids": ["sg-1"]}]}, "unknown": []}
}
