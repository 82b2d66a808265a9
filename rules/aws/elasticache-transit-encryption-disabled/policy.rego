# METADATA
# title: ElastiCache replication group does not encrypt in transit
# description: "The replication group leaves `transit_encryption_enabled` off."
# custom:
#   id: AWS021
#   severity: medium
#   resource_types: [aws_elasticache_replication_group]
#   tags: [elasticache, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     nist-800-53: ["SC-8"]
#   why: "Cached sessions and tokens travel between clients and nodes in clear text inside the VPC."
#   remediation: "Set `transit_encryption_enabled = true` (and use an auth token or RBAC)."
#   example: |
#     resource "aws_elasticache_replication_group" "sessions" {
#       replication_group_id       = "sessions"
#       description                = "sessions"
#       node_type                  = "cache.t4g.small"
#       transit_encryption_enabled = true
#       at_rest_encryption_enabled = true
#     }
package tollgate.aws.elasticache_transit_encryption_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt traffic in transit", [input.address]), "attribute": "transit_encryption_enabled", "fix": {"set": {"transit_encryption_enabled": true}, "risk": "high"}} if {
	input.type == "aws_elasticache_replication_group"
	lib.not_true(input.values, "transit_encryption_enabled")
}
