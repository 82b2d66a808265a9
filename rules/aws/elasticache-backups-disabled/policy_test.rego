package tollgate.aws.elasticache_backups_disabled_test

import rego.v1

import data.tollgate.aws.elasticache_backups_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"replication_group_id": "sessions", "description": "sessions", "node_type": "cache.t4g.small", "engine": "redis"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"replication_group_id": "sessions-ok", "description": "sessions", "node_type": "cache.t4g.small", "engine": "redis", "snapshot_retention_limit": 7}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_cluster", "address": "aws_elasticache_cluster.x", "kind": "terraform", "values": {"cluster_id": "memo", "engine": "memcached", "node_type": "cache.t4g.small"}, "unknown": []}
}
