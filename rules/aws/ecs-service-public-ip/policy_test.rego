package tollgate.aws.ecs_service_public_ip_test

import rego.v1

import data.tollgate.aws.ecs_service_public_ip as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ecs_service", "address": "aws_ecs_service.x", "kind": "terraform", "values": {"name": "api", "cluster": "main", "task_definition": "api:3", "launch_type": "FARGATE", "network_configuration": [{"subnets": ["subnet-0a1"], "assign_public_ip": true}]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::ECS::Service", "address": "AWS::ECS::Service.x", "kind": "cloudformation", "values": {"Cluster": "main", "TaskDefinition": "api:3", "LaunchType": "FARGATE", "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["subnet-0a1"], "AssignPublicIp": "ENABLED"}}}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_ecs_service", "address": "aws_ecs_service.x", "kind": "terraform", "values": {"name": "api-ok", "cluster": "main", "task_definition": "api:3", "launch_type": "FARGATE", "network_configuration": [{"subnets": ["subnet-0a1"], "assign_public_ip": false}]}, "unknown": []}
}
