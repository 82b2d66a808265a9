# METADATA
# title: S3 public access block leaves a setting off
# description: "An `aws_s3_bucket_public_access_block` (or account-level block) does not turn on all four settings."
# custom:
#   id: AWS045
#   severity: high
#   resource_types: [aws_s3_bucket_public_access_block, aws_s3_account_public_access_block, "AWS::S3::Bucket"]
#   tags: [s3, public-access]
#   frameworks:
#     cis-aws-v3.0: ["2.1.4"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["AC-3", "SC-7"]
#   why: "Each setting closes one way to make data public (new public ACLs, existing ones, public policies, cross-account access through them); one left off reopens that way."
#   remediation: "Set `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` to true."
#   example: |
#     resource "aws_s3_bucket_public_access_block" "logs" {
#       bucket                  = aws_s3_bucket.logs.id
#       block_public_acls       = true
#       block_public_policy     = true
#       ignore_public_acls      = true
#       restrict_public_buckets = true
#     }
package tollgate.aws.s3_public_access_block_partly_off

import rego.v1

import data.tollgate.lib

settings := ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"]

cfn_settings := ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"]

deny contains {"msg": sprintf("%s leaves %s off", [input.address, concat(", ", off)]), "attribute": off[0], "fix": {"set": {name: true | some name in off}, "risk": "medium"}} if {
	input.type in {"aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"}
	off := [name | some name in settings; not lib.unknown(name); not input.values[name] == true]
	count(off) > 0
}

deny contains {"msg": sprintf("%s leaves %s off", [input.address, concat(", ", off)]), "attribute": "PublicAccessBlockConfiguration", "fix": {"set": {sprintf("PublicAccessBlockConfiguration.%s", [name]): true | some name in off}, "risk": "medium"}} if {
	input.type == "AWS::S3::Bucket"
	configuration := input.values.PublicAccessBlockConfiguration
	off := [name | some name in cfn_settings; not configuration[name] in {true, "true"}]
	count(off) > 0
}
