package tollgate.aws.ecs_cluster_container_insights_disabled_test

import rego.v1

import data.tollgate.aws.ecs_cluster_container_insights_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ecs_cluster", "address": "aws_ecs_cluster.x", "kind": "terraform", "values": {"name": "c"}, "unknown": []}
}

test_disabled_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ecs_cluster", "address": "aws_ecs_cluster.x", "kind": "terraform", "values": {"setting": [{"name": "containerInsights", "value": "disabled"}]}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ecs_cluster", "address": "aws_ecs_cluster.x", "kind": "terraform", "values": {"setting": [{"name": "containerInsights", "value": "enabled"}]}, "unknown": []}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::ECS::Cluster", "address": "AWS::ECS::Cluster/x", "kind": "cloudformation", "values": {}, "unknown": []}
}

test_cfn_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::ECS::Cluster", "address": "AWS::ECS::Cluster/x", "kind": "cloudformation", "values": {"ClusterSettings": [{"Name": "containerInsights", "Value": "enabled"}]}, "unknown": []}
}
