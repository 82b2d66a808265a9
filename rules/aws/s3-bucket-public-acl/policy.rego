# METADATA
# title: S3 bucket ACL grants public access
# description: The bucket's canned ACL lets anyone (or any AWS account) list or read its objects.
# custom:
#   id: AWS001
#   severity: high
#   resource_types: [aws_s3_bucket, aws_s3_bucket_acl, "AWS::S3::Bucket"]
#   tags: [s3, public-access, data-protection]
#   frameworks:
#     cis-aws-v3.0: ["2.1.4"]
#     soc2: [CC6.1]
#     pci-dss-v4: ["1.4.1", "7.2.1"]
#     hipaa: ["164.312(a)(1)"]
#     nist-800-53: [AC-3, AC-6]
#   why: A public ACL exposes every object in the bucket; it is the most common cause of S3 data leaks.
#   remediation: Use the `private` ACL (or no ACL with object ownership enforced) and grant access through bucket policies scoped to principals.
#   example: |
#     resource "aws_s3_bucket_acl" "logs" {
#       bucket = aws_s3_bucket.logs.id
#       acl    = "private"
#     }
package tollgate.aws.s3_bucket_public_acl

import rego.v1

public_acls := {"public-read", "public-read-write", "authenticated-read", "PublicRead", "PublicReadWrite", "AuthenticatedRead"}

acl_attribute := "AccessControl" if input.kind == "cloudformation"

else := "acl"

# The fix: a private ACL.
fix := {"set": {"AccessControl": "Private"}, "risk": "medium"} if input.kind == "cloudformation"

else := {"set": {"acl": "private"}, "risk": "medium"} if input.kind == "terraform"

else := null

deny contains {"msg": msg, "attribute": acl_attribute, "fix": fix} if {
	acl := input.values[acl_attribute]
	acl in public_acls
	msg := sprintf("%s has the public ACL `%s`", [input.address, acl])
}
