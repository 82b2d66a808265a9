package tollgate.aws.rds_auto_minor_upgrade_disabled_test

import rego.v1

import data.tollgate.aws.rds_auto_minor_upgrade_disabled as rule

test_false_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"auto_minor_version_upgrade": false}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}
