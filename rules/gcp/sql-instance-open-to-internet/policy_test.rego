package tollgate.gcp.sql_instance_open_to_internet_test

import rego.v1

import data.tollgate.gcp.sql_instance_open_to_internet as rule

db(value) := {"address": "d", "values": {"settings": [{"ip_configuration": [{"authorized_networks": [{"value": value}]}]}]}}

test_world_denied if {
	count(rule.deny) == 1 with input as db("0.0.0.0/0")
}

test_office_allowed if {
	count(rule.deny) == 0 with input as db("203.0.113.0/24")
}
