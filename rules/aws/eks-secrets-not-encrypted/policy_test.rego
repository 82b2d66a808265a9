package tollgate.aws.eks_secrets_not_encrypted_test

import rego.v1

import data.tollgate.aws.eks_secrets_not_encrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"name": "c"}, "unknown": []}
}

test_encrypted_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"encryption_config": [{"resources": ["secrets"]}]}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"encryption_config": [{}]}, "unknown": ["encryption_config[0].resources"]}
}
