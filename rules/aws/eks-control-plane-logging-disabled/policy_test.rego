package tollgate.aws.eks_control_plane_logging_disabled_test

import rego.v1

import data.tollgate.aws.eks_control_plane_logging_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_partial_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"enabled_cluster_log_types": ["api"]}, "unknown": []}
}

test_both_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_eks_cluster", "address": "aws_eks_cluster.x", "kind": "terraform", "values": {"enabled_cluster_log_types": ["audit", "api"]}, "unknown": []}
}
