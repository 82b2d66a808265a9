# METADATA
# title: Security group opens every port to the internet
# description: "An ingress permission allows all protocols, or ports 0-65535, from 0.0.0.0/0 or ::/0."
# custom:
#   id: AWS049
#   severity: critical
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"]
#   tags: [network, exposure]
#   frameworks:
#     cis-aws-v3.0: ["5.2", "5.3"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: ["SC-7"]
#   why: "Every service on the instances, including ones started later for debugging, is reachable from the internet."
#   remediation: "Open only the ports the service needs, and only to the sources that need them."
#   example: |
#     resource "aws_security_group" "web" {
#       name   = "web"
#       vpc_id = "vpc-0a1b2c3d"
#
#       ingress {
#         from_port   = 443
#         to_port     = 443
#         protocol    = "tcp"
#         cidr_blocks = ["0.0.0.0/0"]
#       }
#     }
package tollgate.aws.security_group_open_all_ports

import rego.v1

import data.tollgate.lib.aws

deny contains {"msg": sprintf("%s opens every port to %s", [input.address, p.source]), "attribute": p.attribute} if {
	some p in aws.public_ingress
	aws.opens_all(p)
}
