# METADATA
# title: ElastiCache Redis accepts clients without AUTH
# description: "A replication group sets neither `auth_token` nor `user_group_ids`."
# custom:
#   id: AWS098
#   severity: medium
#   resource_types: [aws_elasticache_replication_group, "AWS::ElastiCache::ReplicationGroup"]
#   tags: [elasticache, redis, authentication]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-2"]
#     pci-dss-v4: ["8.2.1"]
#   why: "Anything that reaches the port (a compromised pod, a peered VPC) can read and overwrite the cache, and with it sessions or queued jobs."
#   remediation: "Enable in-transit encryption and set `auth_token` from a secret, or use RBAC with `user_group_ids`."
#   example: |
#     resource "aws_elasticache_replication_group" "sessions" {
#       replication_group_id       = "sessions"
#       description                = "sessions"
#       transit_encryption_enabled = true
#       auth_token                 = var.redis_auth_token
#     }
package tollgate.aws.elasticache_redis_without_auth

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts clients without AUTH", [input.address]), "attribute": "auth_token"} if {
	input.type == "aws_elasticache_replication_group"
	object.get(input.values, "auth_token", null) in {null, ""}
	count(lib.list(input.values, "user_group_ids")) == 0
	not lib.unknown("auth_token")
	not lib.unknown("user_group_ids")
	not lower(object.get(input.values, "engine", "redis")) == "memcached"
}

deny contains {"msg": sprintf("%s accepts clients without AUTH", [input.address]), "attribute": "AuthToken"} if {
	input.type == "AWS::ElastiCache::ReplicationGroup"
	object.get(input.values, "AuthToken", null) in {null, ""}
	count(lib.list(input.values, "UserGroupIds")) == 0
}
