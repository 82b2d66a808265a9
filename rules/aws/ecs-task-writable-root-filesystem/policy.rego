# METADATA
# title: ECS container with a writable root filesystem
# description: "A container definition does not set `readonlyRootFilesystem: true`."
# custom:
#   id: AWS170
#   severity: low
#   resource_types: [aws_ecs_task_definition]
#   tags: [ecs, containers]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "A writable root filesystem lets an attacker who gets code execution drop tools and persist changes inside the container."
#   remediation: "Set `readonlyRootFilesystem = true` in each container definition and mount volumes for the paths that need writes."
#   example: |
#     container_definitions = jsonencode([{
#       name                   = "api"
#       image                  = "registry.example.com/api:1.4.2"
#       readonlyRootFilesystem = true
#     }])
package tollgate.aws.ecs_task_writable_root_filesystem

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets container %v write to its root filesystem", [input.address, container.name]), "attribute": "container_definitions"} if {
	input.type == "aws_ecs_task_definition"
	definitions := object.get(input.values, "container_definitions", "")
	is_string(definitions)
	json.is_valid(definitions)
	some container in lib.items(json.unmarshal(definitions))
	is_object(container)
	not lib.truthy(object.get(container, "readonlyRootFilesystem", null))
}
