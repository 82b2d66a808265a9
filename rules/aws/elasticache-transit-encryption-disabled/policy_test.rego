package tollgate.aws.elasticache_transit_encryption_disabled_test

import rego.v1

import data.tollgate.aws.elasticache_transit_encryption_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {"transit_encryption_enabled": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_elasticache_replication_group", "address": "aws_elasticache_replication_group.x", "kind": "terraform", "values": {}, "unknown": ["transit_encryption_enabled"]}
}
