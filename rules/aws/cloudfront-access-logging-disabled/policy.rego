# METADATA
# title: CloudFront distribution keeps no access logs
# description: "The distribution has no `logging_config` block."
# custom:
#   id: AWS087
#   severity: low
#   resource_types: [aws_cloudfront_distribution, "AWS::CloudFront::Distribution"]
#   tags: [cloudfront, logging]
#   frameworks:
#     pci-dss-v4: ["10.2.1"]
#     nist-800-53: ["AU-2"]
#     soc2: ["CC7.2"]
#   why: "Without access logs there is no record of who requested what at the edge when investigating scraping, abuse or a leak."
#   remediation: "Add `logging_config { bucket = \"<logs-bucket>.s3.amazonaws.com\" }` (CloudFormation `DistributionConfig.Logging`), or enable standard logging v2 to a delivery destination."
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       enabled = true
#       logging_config {
#         bucket = "edge-logs.s3.amazonaws.com"
#         prefix = "site/"
#       }
#     }
package tollgate.aws.cloudfront_access_logging_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps no access logs", [input.address]), "attribute": "logging_config"} if {
	input.type == "aws_cloudfront_distribution"
	count(lib.list(input.values, "logging_config")) == 0
	not lib.unknown("logging_config")
}

deny contains {"msg": sprintf("%s keeps no access logs", [input.address]), "attribute": "DistributionConfig.Logging"} if {
	input.type == "AWS::CloudFront::Distribution"
	config := input.values.DistributionConfig
	is_object(config)
	not is_object(config.Logging)
}
