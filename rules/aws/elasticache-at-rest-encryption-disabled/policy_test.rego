package tollgate.aws.elasticache_at_rest_encryption_disabled_test

import rego.v1

import data.tollgate.aws.elasticache_at_rest_encryption_disabled as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"at_rest_encryption_enabled": true}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::ElastiCache::ReplicationGroup", "address": "AWS::ElastiCache::ReplicationGroup.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
