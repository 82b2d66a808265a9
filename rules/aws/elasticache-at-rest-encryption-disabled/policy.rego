# METADATA
# title: ElastiCache replication group does not encrypt data at rest
# description: "An ElastiCache replication group does not set `at_rest_encryption_enabled = true`."
# custom:
#   id: AWS030
#   severity: high
#   resource_types: [aws_elasticache_replication_group, "AWS::ElastiCache::ReplicationGroup"]
#   tags: [elasticache, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Cache nodes, their swap and backups hold session data and query results; unencrypted, snapshots of them are readable by anyone who gets a copy."
#   remediation: "Set `at_rest_encryption_enabled = true` (the group is replaced)."
#   example: |
#     resource "aws_elasticache_replication_group" "sessions" {
#       replication_group_id       = "sessions"
#       description                = "sessions"
#       node_type                  = "cache.t4g.micro"
#       at_rest_encryption_enabled = true
#     }
package tollgate.aws.elasticache_at_rest_encryption_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt data at rest", [input.address]), "attribute": "at_rest_encryption_enabled", "fix": {"set": {"at_rest_encryption_enabled": true}, "risk": "high"}} if {
	input.type in {"aws_elasticache_replication_group"}
	not input.values.at_rest_encryption_enabled == true
	not lib.unknown("at_rest_encryption_enabled")
}

deny contains {"msg": sprintf("%s does not encrypt data at rest", [input.address]), "attribute": "AtRestEncryptionEnabled", "fix": {"set": {"AtRestEncryptionEnabled": true}, "risk": "high"}} if {
	input.type == "AWS::ElastiCache::ReplicationGroup"
	not input.values.AtRestEncryptionEnabled in {true, "true"}
}
