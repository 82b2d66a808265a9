# METADATA
# title: Default security group allows traffic
# description: "An `aws_default_security_group` declares ingress or egress rules."
# custom:
#   id: AWS050
#   severity: medium
#   resource_types: [aws_default_security_group]
#   tags: [network, vpc]
#   frameworks:
#     cis-aws-v3.0: ["5.4"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: ["SC-7"]
#   why: "Resources launched without a security group land in the default one; if it allows traffic, they are reachable without anyone having decided so."
#   remediation: "Declare the default security group with no `ingress` and no `egress` blocks, and give every resource a group of its own."
#   example: |
#     resource "aws_default_security_group" "default" {
#       vpc_id = aws_vpc.main.id
#     }
package tollgate.aws.default_security_group_has_rules

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows %s traffic", [input.address, direction]), "attribute": direction} if {
	input.type == "aws_default_security_group"
	some direction in ["ingress", "egress"]
	count(lib.list(input.values, direction)) > 0
}
