# METADATA
# title: ElastiCache Redis without automatic backups
# description: "`snapshot_retention_limit` is 0 or not set on a Redis cluster or replication group."
# custom:
#   id: AWS118
#   severity: low
#   resource_types: [aws_elasticache_replication_group, aws_elasticache_cluster, "AWS::ElastiCache::ReplicationGroup"]
#   tags: [elasticache, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "Without snapshots, a deleted or corrupted Redis data set cannot be restored."
#   remediation: "Set `snapshot_retention_limit` to the days of snapshots to keep (e.g. 7)."
#   example: |
#     snapshot_retention_limit = 7
package tollgate.aws.elasticache_backups_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps no automatic backups", [input.address]), "attribute": "snapshot_retention_limit", "fix": {"set": {"snapshot_retention_limit": 7}, "risk": "low"}} if {
	input.type == "aws_elasticache_replication_group"
	to_number(object.get(input.values, ["snapshot_retention_limit"], 0)) < 1
	not lib.unknown("snapshot_retention_limit")
}

deny contains {"msg": sprintf("%s keeps no automatic backups", [input.address]), "attribute": "snapshot_retention_limit"} if {
	input.type == "aws_elasticache_cluster"
	to_number(object.get(input.values, ["snapshot_retention_limit"], 0)) < 1
	object.get(input.values, "engine", "") == "redis"
	not lib.unknown("snapshot_retention_limit")
}

deny contains {"msg": sprintf("%s keeps no automatic backups", [input.address]), "attribute": "SnapshotRetentionLimit"} if {
	input.type == "AWS::ElastiCache::ReplicationGroup"
	to_number(object.get(input.values, ["SnapshotRetentionLimit"], 0)) < 1
}
