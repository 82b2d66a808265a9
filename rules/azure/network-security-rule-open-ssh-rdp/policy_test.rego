package tollgate.azure.network_security_rule_open_ssh_rdp_test

import rego.v1

import data.tollgate.azure.network_security_rule_open_ssh_rdp as rule

nsr(port, source) := {"type": "azurerm_network_security_rule", "address": "r", "values": {"direction": "Inbound", "access": "Allow", "protocol": "Tcp", "destination_port_range": port, "source_address_prefix": source}}

test_rdp_from_internet_denied if {
	count(rule.deny) == 1 with input as nsr("3389", "Internet")
}

test_range_covering_ssh_denied if {
	count(rule.deny) == 1 with input as nsr("20-30", "*")
}

test_ssh_from_vnet_allowed if {
	count(rule.deny) == 0 with input as nsr("22", "10.0.0.0/8")
}

test_udp_covering_rdp_allowed if {
	count(rule.deny) == 0 with input as json.patch(nsr("3389", "Internet"), [{"op": "replace", "path": "/values/protocol", "value": "Udp"}])
}

test_any_protocol_denied if {
	count(rule.deny) == 1 with input as json.patch(nsr("22", "*"), [{"op": "replace", "path": "/values/protocol", "value": "*"}])
}
