# METADATA
# title: ECS task definition runs a privileged container
# description: "A container definition sets `privileged = true`."
# custom:
#   id: AWS082
#   severity: high
#   resource_types: [aws_ecs_task_definition, "AWS::ECS::TaskDefinition"]
#   tags: [ecs, containers, privilege]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#     pci-dss-v4: ["2.2.1"]
#   why: "A privileged container has every capability and the host's devices: escaping to the container instance, and to every task on it, is one step."
#   remediation: "Remove `privileged: true` from the container definition; grant the one Linux capability the process needs with `linuxParameters.capabilities.add` instead."
#   example: |
#     resource "aws_ecs_task_definition" "api" {
#       family = "api"
#       container_definitions = jsonencode([{
#         name      = "api"
#         image     = "registry.example.com/api:3.0.1"
#         essential = true
#       }])
#     }
package tollgate.aws.ecs_task_definition_privileged_container

import rego.v1

import data.tollgate.lib

# Terraform writes the definitions as a JSON string (jsonencode), CloudFormation as a list.
definitions := json.unmarshal(input.values.container_definitions) if {
	is_string(input.values.container_definitions)
} else := input.values.container_definitions

deny contains {"msg": sprintf("%s runs the privileged container %s", [input.address, object.get(d, "name", sprintf("#%d", [i]))]), "attribute": "container_definitions"} if {
	input.type == "aws_ecs_task_definition"
	some i, d in lib.items(definitions)
	is_object(d)
	d.privileged == true
}

deny contains {"msg": sprintf("%s runs the privileged container %s", [input.address, object.get(d, "Name", sprintf("#%d", [i]))]), "attribute": sprintf("ContainerDefinitions[%d].Privileged", [i])} if {
	input.type == "AWS::ECS::TaskDefinition"
	some i, d in lib.items(input.values.ContainerDefinitions)
	is_object(d)
	d.Privileged in {true, "true"}
}
