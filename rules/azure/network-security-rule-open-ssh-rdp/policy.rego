# METADATA
# title: Network security rule allows SSH or RDP from the internet
# description: An inbound Allow rule opens port 22 or 3389 to any source.
# custom:
#   id: AZ002
#   severity: high
#   resource_types: [azurerm_network_security_rule, azurerm_network_security_group]
#   tags: [network, ssh, rdp, public-access]
#   frameworks:
#     cis-azure-v2.0: ["6.1", "6.2"]
#     soc2: [CC6.6]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: [SC-7]
#   why: Remote administration ports open to the internet are scanned and brute-forced continuously.
#   remediation: Restrict `source_address_prefix` to known ranges, or use Azure Bastion or just-in-time VM access.
#   example: |
#     resource "azurerm_network_security_rule" "ssh" {
#       direction                  = "Inbound"
#       access                     = "Allow"
#       destination_port_range     = "22"
#       source_address_prefix      = "10.0.0.0/8"
#     }
package tollgate.azure.network_security_rule_open_ssh_rdp

import rego.v1

import data.tollgate.lib

admin_ports := {22: "SSH", 3389: "RDP"}

rules contains ["", input.values] if input.type == "azurerm_network_security_rule"

rules contains [sprintf("security_rule[%d].", [i]), rule] if {
	input.type == "azurerm_network_security_group"
	some i, rule in lib.items(input.values.security_rule)
}

# SSH and RDP listen on TCP: a Udp or Icmp rule covering their port does not expose them.
tcp(protocol) if lower(protocol) in {"tcp", "*", "any"}

opens(rule, port) if lib.port_spec_covers(rule.destination_port_range, port)

opens(rule, port) if {
	some spec in lib.items(rule.destination_port_ranges)
	lib.port_spec_covers(spec, port)
}

public_source(rule) := rule.source_address_prefix if lib.is_public(rule.source_address_prefix)

public_source(rule) := source if {
	some source in lib.items(rule.source_address_prefixes)
	lib.is_public(source)
}

deny contains {"msg": msg, "attribute": sprintf("%ssource_address_prefix", [path])} if {
	some [path, rule] in rules
	lower(rule.direction) == "inbound"
	lower(rule.access) == "allow"
	tcp(rule.protocol)
	some port, name in admin_ports
	opens(rule, port)
	source := public_source(rule)
	msg := sprintf("%s allows %s (port %d) from %s", [input.address, name, port, source])
}
