# METADATA
# title: Subnet gives instances public IPs by default
# description: "`map_public_ip_on_launch = true`."
# custom:
#   id: AWS139
#   severity: medium
#   resource_types: [aws_subnet, "AWS::EC2::Subnet"]
#   tags: [vpc, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Every instance, container task and database placed in the subnet becomes reachable from the internet wherever its security group allows, often without anyone choosing it."
#   remediation: "Set `map_public_ip_on_launch = false`; give public addresses only to load balancers and NAT gateways."
#   example: |
#     map_public_ip_on_launch = false
package tollgate.aws.subnet_public_ip_on_launch

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gives every instance launched in it a public IP", [input.address]), "attribute": "map_public_ip_on_launch"} if {
	input.type == "aws_subnet"
	lib.truthy(object.get(input.values, ["map_public_ip_on_launch"], null))
	not lib.unknown("map_public_ip_on_launch")
}

deny contains {"msg": sprintf("%s gives every instance launched in it a public IP", [input.address]), "attribute": "MapPublicIpOnLaunch"} if {
	input.type == "AWS::EC2::Subnet"
	lib.truthy(object.get(input.values, ["MapPublicIpOnLaunch"], null))
}
