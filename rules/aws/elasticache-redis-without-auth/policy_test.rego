package tollgate.aws.elasticache_redis_without_auth_test

import rego.v1

import data.tollgate.aws.elasticache_redis_without_auth as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"replication_group_id": "s"}, "unknown": []}
}

test_token_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"auth_token": "x"}, "unknown": []}
}

test_rbac_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"user_group_ids": ["g"]}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {}, "unknown": ["auth_token"]}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::ElastiCache::ReplicationGroup", "address": "AWS::ElastiCache::ReplicationGroup/x", "kind": "cloudformation", "values": {"ReplicationGroupDescription": "s"}, "unknown": []}
}

test_cfn_token_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::ElastiCache::ReplicationGroup", "address": "AWS::ElastiCache::ReplicationGroup/x", "kind": "cloudformation", "values": {"AuthToken": "x"}, "unknown": []}
}
