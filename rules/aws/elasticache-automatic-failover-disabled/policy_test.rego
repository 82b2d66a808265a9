package tollgate.aws.elasticache_automatic_failover_disabled_test

import rego.v1

import data.tollgate.aws.elasticache_automatic_failover_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"replication_group_id": "sessions", "description": "sessions", "node_type": "cache.t4g.small", "num_cache_clusters": 2}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"replication_group_id": "sessions-ok", "description": "sessions", "node_type": "cache.t4g.small", "num_cache_clusters": 2, "automatic_failover_enabled": true}, "unknown": []}
}
