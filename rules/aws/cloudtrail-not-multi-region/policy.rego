# METADATA
# title: CloudTrail trail covers one region only
# description: "The trail records API activity in its home region only."
# custom:
#   id: AWS011
#   severity: medium
#   resource_types: [aws_cloudtrail, "AWS::CloudTrail::Trail"]
#   tags: [cloudtrail, logging]
#   frameworks:
#     cis-aws-v3.0: ["3.1"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#     nist-800-53: ["AU-2"]
#   why: "Activity in every other region, including regions an attacker picks because nobody watches them, goes unrecorded."
#   remediation: "Set `is_multi_region_trail = true`."
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name                  = "main"
#       s3_bucket_name        = "acme-trail"
#       is_multi_region_trail = true
#     }
package tollgate.aws.cloudtrail_not_multi_region

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s records one region only", [input.address]), "attribute": "is_multi_region_trail", "fix": {"set": {"is_multi_region_trail": true}, "risk": "low"}} if {
	input.type == "aws_cloudtrail"
	lib.not_true(input.values, "is_multi_region_trail")
}

deny contains {"msg": sprintf("%s records one region only", [input.address]), "attribute": "IsMultiRegionTrail", "fix": {"set": {"IsMultiRegionTrail": true}, "risk": "low"}} if {
	input.type == "AWS::CloudTrail::Trail"
	not input.values.IsMultiRegionTrail in {true, "true"}
}
