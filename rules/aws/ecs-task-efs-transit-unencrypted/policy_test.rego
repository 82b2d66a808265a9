package tollgate.aws.ecs_task_efs_transit_unencrypted_test

import rego.v1

import data.tollgate.aws.ecs_task_efs_transit_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"family": "api", "container_definitions": "[{\"name\":\"api\",\"image\":\"api:1.4.2\",\"memory\":512}]", "volume": [{"name": "data", "efs_volume_configuration": [{"file_system_id": "fs-0a1"}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_ecs_task_definition", "address": "aws_ecs_task_definition.x", "kind": "terraform", "values": {"family": "api-ok", "container_definitions": "[{\"name\":\"api\",\"image\":\"api:1.4.2\",\"memory\":512}]", "volume": [{"name": "data", "efs_volume_configuration": [{"file_system_id": "fs-0a1", "transit_encryption": "ENABLED"}]}]}, "unknown": []}
}
