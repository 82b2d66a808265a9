package tollgate.aws.redshift_version_upgrade_disabled_test

import rego.v1

import data.tollgate.aws.redshift_version_upgrade_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "warehouse", "node_type": "ra3.xlplus", "master_username": "admin", "manage_master_password": true, "allow_version_upgrade": false}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "warehouse-ok", "node_type": "ra3.xlplus", "master_username": "admin", "manage_master_password": true}, "unknown": []}
}
