package tollgate.aws.rds_instance_publicly_accessible_test

import rego.v1

import data.tollgate.aws.rds_instance_publicly_accessible as rule

test_public_denied if {
	count(rule.deny) == 1 with input as {"address": "db", "values": {"publicly_accessible": true}}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"address": "db", "values": {"publicly_accessible": false}}
}
