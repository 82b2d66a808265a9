# METADATA
# title: Network ACL allows SSH or RDP from the internet
# description: "A network ACL ingress rule allows port 22 or 3389 from 0.0.0.0/0 or ::/0."
# custom:
#   id: AWS065
#   severity: high
#   resource_types: [aws_network_acl_rule, aws_network_acl]
#   tags: [network, exposure, vpc]
#   frameworks:
#     cis-aws-v3.0: ["5.1"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: ["SC-7"]
#   why: "The network ACL is the subnet's last line of defence; allowing administration ports from anywhere leaves only the security groups in the way."
#   remediation: "Deny 22 and 3389 from the internet in the ACL (or allow them from known ranges only)."
#   example: |
#     resource "aws_network_acl_rule" "ssh_office" {
#       network_acl_id = aws_network_acl.main.id
#       rule_number    = 100
#       egress         = false
#       protocol       = "tcp"
#       rule_action    = "allow"
#       cidr_block     = "203.0.113.0/24"
#       from_port      = 22
#       to_port        = 22
#     }
package tollgate.aws.network_acl_open_admin_ports

import rego.v1

import data.tollgate.lib

admin_ports := {22: "SSH", 3389: "RDP"}

all_protocols(p) if sprintf("%v", [p]) in {"-1", "all"}

opens(rule, _) if all_protocols(rule.protocol)

# SSH and RDP are TCP: a UDP or ICMP entry covering their port does not open them.
opens(rule, port) if {
	lower(sprintf("%v", [rule.protocol])) in {"tcp", "6"}
	lib.port_in_range(port, rule.from_port, rule.to_port)
}

entries contains ["", input.values, source] if {
	input.type == "aws_network_acl_rule"
	not input.values.egress == true
	lower(input.values.rule_action) == "allow"
	some field in ["cidr_block", "ipv6_cidr_block"]
	source := input.values[field]
	lib.is_public(source)
}

entries contains [sprintf("ingress[%d]", [i]), rule, source] if {
	input.type == "aws_network_acl"
	some i, rule in lib.items(input.values.ingress)
	lower(rule.action) == "allow"
	some field in ["cidr_block", "ipv6_cidr_block"]
	source := rule[field]
	lib.is_public(source)
}

deny contains {"msg": sprintf("%s allows %s (port %d) from %s", [input.address, name, port, source]), "attribute": path} if {
	some [path, rule, source] in entries
	some port, name in admin_ports
	opens(rule, port)
}
