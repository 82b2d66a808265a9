# METADATA
# title: S3 bucket versioning is suspended
# description: "An `aws_s3_bucket_versioning` sets the status to `Suspended` or `Disabled` (or a bucket's inline `versioning` is off)."
# custom:
#   id: AWS064
#   severity: medium
#   resource_types: [aws_s3_bucket_versioning, aws_s3_bucket, "AWS::S3::Bucket"]
#   tags: [s3, resilience, backup]
#   frameworks:
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9", "SI-12"]
#   why: "Without versioning an overwrite or a delete (by mistake or by ransomware) destroys the object for good."
#   remediation: "Set `status = \"Enabled\"` (with lifecycle rules to expire old versions)."
#   example: |
#     resource "aws_s3_bucket_versioning" "data" {
#       bucket = aws_s3_bucket.data.id
#       versioning_configuration {
#         status = "Enabled"
#       }
#     }
package tollgate.aws.s3_bucket_versioning_suspended

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has versioning %s", [input.address, lower(status)]), "attribute": "versioning_configuration", "fix": {"set": {"versioning_configuration[0].status": "Enabled"}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "aws_s3_bucket_versioning"
	status := input.values.versioning_configuration[0].status
	status in {"Suspended", "Disabled"}
}

deny contains {"msg": sprintf("%s has versioning turned off", [input.address]), "attribute": "versioning", "fix": {"set": {"versioning[0].enabled": true}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "aws_s3_bucket"
	input.values.versioning[0].enabled == false
}

deny contains {"msg": sprintf("%s has versioning suspended", [input.address]), "attribute": "VersioningConfiguration", "fix": {"set": {"VersioningConfiguration.Status": "Enabled"}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "AWS::S3::Bucket"
	input.values.VersioningConfiguration.Status == "Suspended"
}
