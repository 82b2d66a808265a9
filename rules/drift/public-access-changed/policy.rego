# METADATA
# title: Public-access setting changed outside the code
# description: An attribute that controls public exposure (ACLs, public access blocks, public network access, public IPs, public endpoints) differs from its declared value.
# custom:
#   id: DRIFT003
#   severity: critical
#   drift: true
#   tags: [drift, public-access]
#   frameworks:
#     nist-800-53: [AC-3, CM-3, SC-7]
#     soc2: [CC6.1, CC8.1]
#     pci-dss-v4: ["1.3.1"]
#   why: Data made public by hand is how most cloud leaks start, and the repository still looks safe. Treat it as an incident until proven intended.
#   remediation: Revert at once by applying the code, then find out who changed it and why.
#   example: |
#     resource "aws_s3_bucket_public_access_block" "data" {
#       bucket                  = aws_s3_bucket.data.id
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
package tollgate.drift.public_access_changed

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.drift

public_attributes := {
	"acl", "publicly_accessible", "block_public_acls", "block_public_policy", "ignore_public_acls",
	"restrict_public_buckets", "public_network_access_enabled", "allow_nested_items_to_be_public",
	"allow_blob_public_access", "map_public_ip_on_launch", "associate_public_ip_address", "endpoint_public_access",
	"public_access_cidrs", "authorized_networks", "ipv4_enabled", "public_access_prevention",
	"PubliclyAccessible", "PublicAccessBlockConfiguration", "AccessControl", "MapPublicIpOnLaunch",
}

deny contains {"msg": msg, "attribute": change.attribute} if {
	some change in lib.items(drift.substantive_changes)
	some name in drift.names(change.attribute)
	name in public_attributes
	msg := sprintf("%s: public-access setting %s changed outside the code (declared %s, live %s)", [input.address, change.attribute, drift.show(change.desired), drift.show(change.live)])
}
