package tollgate.aws.redshift_cluster_unencrypted_test

import rego.v1

import data.tollgate.aws.redshift_cluster_unencrypted as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {"encrypted": true}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::Redshift::Cluster", "address": "AWS::Redshift::Cluster.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
