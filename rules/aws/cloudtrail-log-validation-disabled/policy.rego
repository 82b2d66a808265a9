# METADATA
# title: CloudTrail log file validation is off
# description: "The trail does not write digest files that prove its log files were not changed."
# custom:
#   id: AWS009
#   severity: medium
#   resource_types: [aws_cloudtrail, "AWS::CloudTrail::Trail"]
#   tags: [cloudtrail, logging, integrity]
#   frameworks:
#     cis-aws-v3.0: ["3.2"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.3.4"]
#     nist-800-53: ["AU-9"]
#   why: "Without validation an attacker who reaches the log bucket can edit or delete records of what they did, and nobody can tell."
#   remediation: "Set `enable_log_file_validation = true`."
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name                       = "main"
#       s3_bucket_name             = "acme-trail"
#       enable_log_file_validation = true
#     }
package tollgate.aws.cloudtrail_log_validation_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not validate its log files", [input.address]), "attribute": "enable_log_file_validation", "fix": {"set": {"enable_log_file_validation": true}, "risk": "low"}} if {
	input.type == "aws_cloudtrail"
	lib.not_true(input.values, "enable_log_file_validation")
}

deny contains {"msg": sprintf("%s does not validate its log files", [input.address]), "attribute": "EnableLogFileValidation", "fix": {"set": {"EnableLogFileValidation": true}, "risk": "low"}} if {
	input.type == "AWS::CloudTrail::Trail"
	not input.values.EnableLogFileValidation in {true, "true"}
}
