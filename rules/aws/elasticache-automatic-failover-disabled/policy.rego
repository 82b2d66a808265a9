# METADATA
# title: ElastiCache replication group without automatic failover
# description: "`automatic_failover_enabled` is not true."
# custom:
#   id: AWS119
#   severity: low
#   resource_types: [aws_elasticache_replication_group, "AWS::ElastiCache::ReplicationGroup"]
#   tags: [elasticache, availability]
#   frameworks:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#   why: "Without automatic failover, losing the primary node makes the cache read-only or unavailable until someone promotes a replica."
#   remediation: "Set `automatic_failover_enabled = true` (needs at least one replica)."
#   example: |
#     automatic_failover_enabled = true
#     num_cache_clusters         = 2
package tollgate.aws.elasticache_automatic_failover_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not fail over automatically", [input.address]), "attribute": "automatic_failover_enabled"} if {
	input.type == "aws_elasticache_replication_group"
	not lib.truthy(object.get(input.values, ["automatic_failover_enabled"], null))
	not lib.non_production(input)
	not lib.unknown("automatic_failover_enabled")
}

deny contains {"msg": sprintf("%s does not fail over automatically", [input.address]), "attribute": "AutomaticFailoverEnabled"} if {
	input.type == "AWS::ElastiCache::ReplicationGroup"
	not lib.truthy(object.get(input.values, ["AutomaticFailoverEnabled"], null))
	not lib.non_production(input)
}
