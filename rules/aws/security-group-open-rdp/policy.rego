# METADATA
# title: Security group allows RDP from the internet
# description: "An ingress permission opens port 3389 to 0.0.0.0/0 or ::/0."
# custom:
#   id: AWS047
#   severity: high
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"]
#   tags: [network, exposure, rdp]
#   frameworks:
#     cis-aws-v3.0: ["5.2", "5.3"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: ["SC-7"]
#   why: "RDP exposed to the internet is brute-forced within minutes and has a history of pre-authentication vulnerabilities."
#   remediation: "Restrict the source to known ranges, or reach Windows hosts through SSM Session Manager or a bastion."
#   example: |
#     resource "aws_security_group" "windows" {
#       name   = "windows"
#       vpc_id = "vpc-0a1b2c3d"
#
#       ingress {
#         from_port   = 3389
#         to_port     = 3389
#         protocol    = "tcp"
#         cidr_blocks = ["10.0.0.0/8"]
#       }
#     }
package tollgate.aws.security_group_open_rdp

import rego.v1

import data.tollgate.lib.aws

deny contains {"msg": sprintf("%s allows RDP (port 3389) from %s", [input.address, p.source]), "attribute": p.attribute} if {
	some p in aws.public_ingress
	aws.opens(p, 3389)
}
