# METADATA
# title: S3 bucket has no public access block
# description: No `aws_s3_bucket_public_access_block` in the same module refers to the bucket.
# custom:
#   id: AWS005
#   severity: medium
#   scope: project
#   resource_types: [aws_s3_bucket, aws_s3_bucket_public_access_block]
#   tags: [s3, public-access]
#   frameworks:
#     cis-aws-v3.0: ["2.1.4"]
#     soc2: [CC6.1]
#     nist-800-53: [AC-3]
#   why: Without a public access block, a later ACL or bucket policy change can make the bucket public without any guard.
#   remediation: Add an `aws_s3_bucket_public_access_block` for the bucket with all four settings true.
#   example: |
#     resource "aws_s3_bucket_public_access_block" "logs" {
#       bucket                  = aws_s3_bucket.logs.id
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
package tollgate.aws.s3_bucket_without_public_access_block

import rego.v1

import data.tollgate.lib

buckets contains r if {
	some r in lib.items(input.resources)
	r.type == "aws_s3_bucket"
	r.kind == "terraform"
}

# Buckets a public access block refers to, by address or by literal bucket name.
blocked contains address if {
	some r in lib.items(input.resources)
	r.type == "aws_s3_bucket_public_access_block"
	some address in lib.items(r.references.bucket)
}

blocked contains b.address if {
	some r in lib.items(input.resources)
	r.type == "aws_s3_bucket_public_access_block"
	some b in buckets
	b.values.bucket == r.values.bucket
}

deny contains {"msg": sprintf("%s has no aws_s3_bucket_public_access_block", [b.address]), "address": b.address, "file": b.source.file, "fix": fix(b)} if {
	some b in buckets
	not b.address in blocked
}

# The fix: a public access block beside the bucket, all four settings on. Buckets declared with count or
# for_each get none (one block cannot refer to every instance): they are fixed by hand.
fix(b) := {"add_resource": {"type": "aws_s3_bucket_public_access_block", "name": name, "values": {
	"bucket": {"$expr": sprintf("aws_s3_bucket.%s.id", [name])},
	"block_public_acls": true,
	"block_public_policy": true,
	"ignore_public_acls": true,
	"restrict_public_buckets": true,
}}, "risk": "medium"} if {
	not contains(b.address, "[")
	parts := split(b.address, ".")
	name := parts[count(parts) - 1]
} else := null
