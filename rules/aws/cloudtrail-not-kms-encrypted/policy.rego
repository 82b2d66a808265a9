# METADATA
# title: CloudTrail logs are not encrypted with a KMS key
# description: "A trail sets no `kms_key_id`: its log files are encrypted with S3-managed keys only."
# custom:
#   id: AWS059
#   severity: medium
#   resource_types: [aws_cloudtrail, "AWS::CloudTrail::Trail"]
#   tags: [cloudtrail, logging, encryption]
#   frameworks:
#     cis-aws-v3.0: ["3.5"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.3.2"]
#     nist-800-53: ["AU-9", "SC-28"]
#   why: "With a customer managed key, reading the audit trail needs a separate KMS permission that is itself logged; with S3 keys anyone who can read the bucket reads the trail."
#   remediation: "Set `kms_key_id` to a customer managed key whose policy lets CloudTrail encrypt."
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#       kms_key_id     = aws_kms_key.trail.arn
#     }
package tollgate.aws.cloudtrail_not_kms_encrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted with a KMS key", [input.address]), "attribute": "kms_key_id"} if {
	input.type == "aws_cloudtrail"
	not input.values.kms_key_id
	not lib.unknown("kms_key_id")
}

deny contains {"msg": sprintf("%s is not encrypted with a KMS key", [input.address]), "attribute": "KMSKeyId"} if {
	input.type == "AWS::CloudTrail::Trail"
	not input.values.KMSKeyId
}
