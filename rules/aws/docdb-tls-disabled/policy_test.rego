package tollgate.aws.docdb_tls_disabled_test

import rego.v1

import data.tollgate.aws.docdb_tls_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_docdb_cluster_parameter_group", "address": "aws_docdb_cluster_parameter_group.x", "kind": "terraform", "values": {"family": "docdb5.0", "name": "catalog", "parameter": [{"name": "tls", "value": "disabled"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_docdb_cluster_parameter_group", "address": "aws_docdb_cluster_parameter_group.x", "kind": "terraform", "values": {"family": "docdb5.0", "name": "catalog-ok", "parameter": [{"name": "tls", "value": "enabled"}, {"name": "audit_logs", "value": "enabled"}]}, "unknown": []}
}
