package tollgate.aws.ecs_task_writable_root_filesystem_test

import rego.v1

import data.tollgate.aws.ecs_task_writable_root_filesystem as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"family": "api", "container_definitions": "[{\"name\":\"api\",\"image\":\"api:1.4.2\",\"memory\":512}]"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"family": "api-ok", "container_definitions": "[{\"name\":\"api\",\"image\":\"api:1.4.2\",\"memory\":512,\"readonlyRootFilesystem\":true}]"}, "unknown": []}
}
