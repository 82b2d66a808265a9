# METADATA
# title: Security group allows SSH from the internet
# description: An ingress rule opens port 22 to 0.0.0.0/0 or ::/0.
# custom:
#   id: AWS002
#   severity: high
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"]
#   tags: [network, ssh, public-access]
#   frameworks:
#     cis-aws-v3.0: ["5.2", "5.3"]
#     soc2: [CC6.6]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: [SC-7]
#   why: SSH open to the world invites brute-force and exploit attempts against every instance in the group.
#   remediation: Limit the source to known networks (a VPN or bastion range), or use SSM Session Manager instead of SSH.
#   example: |
#     ingress {
#       from_port   = 22
#       to_port     = 22
#       protocol    = "tcp"
#       cidr_blocks = ["10.0.0.0/8"]
#     }
package tollgate.aws.security_group_open_ssh

import rego.v1

import data.tollgate.lib.aws

deny contains {"msg": sprintf("%s allows SSH (port 22) from %s", [input.address, p.source]), "attribute": p.attribute} if {
	some p in aws.public_ingress
	aws.opens(p, 22)
}
