package tollgate.aws.redshift_cluster_publicly_accessible_test

import rego.v1

import data.tollgate.aws.redshift_cluster_publicly_accessible as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_false_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {"publicly_accessible": false}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::Redshift::Cluster", "address": "AWS::Redshift::Cluster.x", "kind": "cloudformation", "values": {"PubliclyAccessible": true}, "unknown": []}
}
