# METADATA
# title: ECS task definition uses the host network mode
# description: "`network_mode = \"host\"`."
# custom:
#   id: AWS125
#   severity: high
#   resource_types: [aws_ecs_task_definition, "AWS::ECS::TaskDefinition"]
#   tags: [ecs, containers, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Containers on the host network share the instance's interfaces: they can reach the instance metadata service and every port the host listens on, and security groups cannot separate them."
#   remediation: "Use `network_mode = \"awsvpc\"` so each task gets its own interface and security groups."
#   example: |
#     network_mode = "awsvpc"
package tollgate.aws.ecs_task_definition_host_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs its containers on the host network", [input.address]), "attribute": "network_mode"} if {
	input.type == "aws_ecs_task_definition"
	lower(sprintf("%v", [object.get(input.values, ["network_mode"], null)])) in {"host"}
	not lib.unknown("network_mode")
}

deny contains {"msg": sprintf("%s runs its containers on the host network", [input.address]), "attribute": "NetworkMode"} if {
	input.type == "AWS::ECS::TaskDefinition"
	lower(sprintf("%v", [object.get(input.values, ["NetworkMode"], null)])) in {"host"}
}
