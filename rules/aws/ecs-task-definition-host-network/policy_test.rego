package tollgate.aws.ecs_task_definition_host_network_test

import rego.v1

import data.tollgate.aws.ecs_task_definition_host_network as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"family": "api", "network_mode": "host", "container_definitions": "[{\"name\":\"api\",\"image\":\"api:1.4.2\",\"memory\":512}]"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"family": "api-ok", "network_mode": "awsvpc", "container_definitions": "[{\"name\":\"api\",\"image\":\"api:1.4.2\",\"memory\":512}]"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "AWS::ECS::TaskDefinition", "address": "AWS::ECS::TaskDefinition.x", "kind": "cloudformation", "values": {"Family": "api", "NetworkMode": "awsvpc", "ContainerDefinitions": [{"Name": "api", "Image": "api:1.4.2", "Memory": 512}]}, "unknown": []}
}
