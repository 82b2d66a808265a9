package tollgate.drift.network_rule_changed_test

import rego.v1

import data.tollgate.drift.network_rule_changed as rule

sg(changes, tags) := {
	"type": "aws_security_group", "address": "aws_security_group.web", "values": {"tags": tags},
	"drift": {"status": "changed", "changes": changes},
}

test_opened_to_internet_is_critical if {
	some finding in rule.deny with input as sg([{"attribute": "ingress", "desired": [{"cidr_blocks": ["10.0.0.0/8"]}], "live": [{"cidr_blocks": ["0.0.0.0/0"]}]}], {})
	finding.severity == "critical"
}

test_changed_rule_is_high if {
	some finding in rule.deny with input as sg([{"attribute": "ingress", "desired": [{"from_port": 443}], "live": [{"from_port": 8443}]}], {})
	finding.severity == "high"
}

test_production_is_critical if {
	some finding in rule.deny with input as sg([{"attribute": "egress", "desired": [], "live": [{"from_port": 25}]}], {"Environment": "prod"})
	finding.severity == "critical"
}

test_tag_change_is_not_network_drift if {
	count(rule.deny) == 0 with input as sg([{"attribute": "tags.Owner", "desired": "a", "live": "b"}], {})
}
