package tollgate.aws.memorydb_tls_disabled_test

import rego.v1

import data.tollgate.aws.memorydb_tls_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_memorydb_cluster", "address": "aws_memorydb_cluster.x", "kind": "terraform", "values": {"name": "sessions", "node_type": "db.t4g.small", "acl_name": "open-access", "tls_enabled": false}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::MemoryDB::Cluster", "address": "AWS::MemoryDB::Cluster.x", "kind": "cloudformation", "values": {"ClusterName": "sessions", "NodeType": "db.t4g.small", "ACLName": "app", "TLSEnabled": false}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_memorydb_cluster", "address": "aws_memorydb_cluster.x", "kind": "terraform", "values": {"name": "sessions-ok", "node_type": "db.t4g.small", "acl_name": "app"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::MemoryDB::Cluster", "address": "AWS::MemoryDB::Cluster.x", "kind": "cloudformation", "values": {"ClusterName": "sessions", "NodeType": "db.t4g.small", "ACLName": "app"}, "unknown": []}
}
