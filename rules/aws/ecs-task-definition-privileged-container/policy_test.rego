package tollgate.aws.ecs_task_definition_privileged_container_test

import rego.v1

import data.tollgate.aws.ecs_task_definition_privileged_container as rule

test_privileged_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"container_definitions": "[{\"name\":\"a\",\"privileged\":true}]"}, "unknown": []}
}

test_plain_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"container_definitions": "[{\"name\":\"a\"}]"}, "unknown": []}
}

test_not_json_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"container_definitions": "not json"}, "unknown": []}
}

test_cfn_privileged_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::ECS::TaskDefinition", "address": "AWS::ECS::TaskDefinition/x", "kind": "cloudformation", "values": {"ContainerDefinitions": [{"Name": "a", "Privileged": true}]}, "unknown": []}
}

test_cfn_plain_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::ECS::TaskDefinition", "address": "AWS::ECS::TaskDefinition/x", "kind": "cloudformation", "values": {"ContainerDefinitions": [{"Name": "a"}]}, "unknown": []}
}
