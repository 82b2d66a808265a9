# METADATA
# title: Transfer Family server with a public endpoint
# description: "`endpoint_type = \"PUBLIC\"` (the default)."
# custom:
#   id: AWS152
#   severity: medium
#   resource_types: [aws_transfer_server, "AWS::Transfer::Server"]
#   tags: [transfer, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "A public SFTP endpoint takes logins from anywhere; a VPC endpoint can be limited by security groups to known partners."
#   remediation: "Set `endpoint_type = \"VPC\"` with `endpoint_details` and security groups."
#   example: |
#     endpoint_type = "VPC"
#     endpoint_details {
#       vpc_id             = aws_vpc.main.id
#       subnet_ids         = aws_subnet.private[*].id
#       security_group_ids = [aws_security_group.sftp.id]
#     }
package tollgate.aws.transfer_server_public_endpoint

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s listens on a public endpoint", [input.address]), "attribute": "endpoint_type"} if {
	input.type == "aws_transfer_server"
	value := object.get(input.values, ["endpoint_type"], "PUBLIC")
	value != null
	not lower(sprintf("%v", [value])) in {"vpc", "vpc_endpoint"}
	not lib.unknown("endpoint_type")
}

deny contains {"msg": sprintf("%s listens on a public endpoint", [input.address]), "attribute": "EndpointType"} if {
	input.type == "AWS::Transfer::Server"
	value := object.get(input.values, ["EndpointType"], "PUBLIC")
	value != null
	not lower(sprintf("%v", [value])) in {"vpc", "vpc_endpoint"}
}
