# METADATA
# title: ECS service gives its tasks public IP addresses
# description: "`network_configuration { assign_public_ip = true }`."
# custom:
#   id: AWS126
#   severity: medium
#   resource_types: [aws_ecs_service, "AWS::ECS::Service"]
#   tags: [ecs, containers, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Tasks with public IPs are reachable from the internet wherever their security group allows it, bypassing the load balancer."
#   remediation: "Set `assign_public_ip = false`, run the tasks in private subnets and reach the internet through a NAT gateway or VPC endpoints."
#   example: |
#     network_configuration {
#       subnets          = var.private_subnet_ids
#       assign_public_ip = false
#     }
package tollgate.aws.ecs_service_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gives its tasks public IP addresses", [input.address]), "attribute": "network_configuration[0].assign_public_ip", "fix": {"set": {"network_configuration[0].assign_public_ip": false}, "risk": "high"}} if {
	input.type == "aws_ecs_service"
	lib.truthy(object.get(input.values, ["network_configuration", 0, "assign_public_ip"], null))
	not lib.unknown("network_configuration")
}

deny contains {"msg": sprintf("%s gives its tasks public IP addresses", [input.address]), "attribute": "NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp"} if {
	input.type == "AWS::ECS::Service"
	lower(sprintf("%v", [object.get(input.values, ["NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"], null)])) in {"enabled"}
}
