# METADATA
# title: Network access rule changed outside the code
# description: A security group, firewall, network ACL, network security group or network policy differs from its declared rules.
# custom:
#   id: DRIFT001
#   severity: high
#   drift: true
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, aws_vpc_security_group_egress_rule, aws_network_acl, aws_network_acl_rule, azurerm_network_security_group, azurerm_network_security_rule, google_compute_firewall, NetworkPolicy, "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"]
#   tags: [drift, network]
#   frameworks:
#     nist-800-53: [CM-3, SC-7]
#     soc2: [CC8.1]
#   why: A rule opened by hand in the console bypasses review and is undone or hidden by the next apply; until then the network is not what the code says. It is critical when the live rule opens access to the internet or the resource runs in production.
#   remediation: If the change was an emergency fix that should stay, codify it (`tollgate drift --fix codify`); otherwise revert it by applying the code (`terraform apply`).
#   example: |
#     ingress {
#       from_port   = 443
#       to_port     = 443
#       protocol    = "tcp"
#       cidr_blocks = ["10.0.0.0/8"]
#     }
package tollgate.drift.network_rule_changed

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.drift

deny contains {"msg": msg, "attribute": change.attribute, "severity": level(change)} if {
	some change in lib.items(drift.substantive_changes)
	msg := sprintf("%s: network rule %s changed outside the code (declared %s, live %s)", [input.address, change.attribute, drift.show(change.desired), drift.show(change.live)])
}

# Critical when the live value newly opens access to the internet, or in production.
level(change) := "critical" if {
	drift.has_public(change.live)
	not drift.has_public(change.desired)
} else := "critical" if {
	drift.production
} else := "high"
