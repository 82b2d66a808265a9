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

import data.tollgate.lib

all_protocols(p) if sprintf("%v", [p]) in {"-1", "all"}

opens_ssh(rule) if {
	not all_protocols(rule.protocol)
	lib.port_in_range(22, rule.from_port, rule.to_port)
}

opens_ssh(rule) if all_protocols(rule.protocol)

# Terraform inline ingress blocks.
deny contains {"msg": msg, "attribute": sprintf("ingress[%d].%s", [i, field])} if {
	input.type == "aws_security_group"
	some i, rule in input.values.ingress
	opens_ssh(rule)
	some field in ["cidr_blocks", "ipv6_cidr_blocks"]
	some source in lib.list(rule, field)
	lib.is_public(source)
	msg := sprintf("%s allows SSH (port 22) from %s", [input.address, source])
}

# Terraform separate rule resources.
deny contains {"msg": msg, "attribute": field} if {
	input.type == "aws_security_group_rule"
	input.values.type == "ingress"
	opens_ssh(input.values)
	some field in ["cidr_blocks", "ipv6_cidr_blocks"]
	some source in lib.list(input.values, field)
	lib.is_public(source)
	msg := sprintf("%s allows SSH (port 22) from %s", [input.address, source])
}

deny contains {"msg": msg, "attribute": field} if {
	input.type == "aws_vpc_security_group_ingress_rule"
	rule := object.union({"protocol": input.values.ip_protocol}, input.values)
	opens_ssh(rule)
	some field in ["cidr_ipv4", "cidr_ipv6"]
	lib.is_public(input.values[field])
	msg := sprintf("%s allows SSH (port 22) from %s", [input.address, input.values[field]])
}

# CloudFormation.
cfn_rules contains [sprintf("SecurityGroupIngress[%d]", [i]), rule] if {
	input.type == "AWS::EC2::SecurityGroup"
	some i, rule in input.values.SecurityGroupIngress
}

cfn_rules contains ["", input.values] if input.type == "AWS::EC2::SecurityGroupIngress"

deny contains {"msg": msg, "attribute": concat(".", [p | some p in [path, field]; p != ""])} if {
	some [path, rule] in cfn_rules
	opens_ssh({"protocol": rule.IpProtocol, "from_port": rule.FromPort, "to_port": rule.ToPort})
	some field in ["CidrIp", "CidrIpv6"]
	lib.is_public(rule[field])
	msg := sprintf("%s allows SSH (port 22) from %s", [input.address, rule[field]])
}
