package tollgate.aws.eks_public_endpoint_test

import rego.v1

import data.tollgate.aws.eks_public_endpoint as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"vpc_config": [{"subnet_ids": ["a"]}]}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"vpc_config": [{"endpoint_public_access": false}]}, "unknown": []}
}

test_limited_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"vpc_config": [{"public_access_cidrs": ["203.0.113.0/24"]}]}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"vpc_config": [{}]}, "unknown": ["vpc_config[0].endpoint_public_access"]}
}
