# METADATA
# title: VPC endpoint service accepts connections automatically
# description: "`acceptance_required = false`."
# custom:
#   id: AWS140
#   severity: medium
#   resource_types: [aws_vpc_endpoint_service, "AWS::EC2::VPCEndpointService"]
#   tags: [vpc, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Without acceptance, any account the allow list admits (or any account, with `*`) connects straight to the service."
#   remediation: "Set `acceptance_required = true`."
#   example: |
#     acceptance_required = true
package tollgate.aws.vpc_endpoint_service_auto_accept

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts endpoint connections from any allowed principal without review", [input.address]), "attribute": "acceptance_required", "fix": {"set": {"acceptance_required": true}, "risk": "low"}} if {
	input.type == "aws_vpc_endpoint_service"
	lib.falsy(object.get(input.values, ["acceptance_required"], null))
	not lib.unknown("acceptance_required")
}

deny contains {"msg": sprintf("%s accepts endpoint connections from any allowed principal without review", [input.address]), "attribute": "AcceptanceRequired"} if {
	input.type == "AWS::EC2::VPCEndpointService"
	lib.falsy(object.get(input.values, ["AcceptanceRequired"], null))
}
