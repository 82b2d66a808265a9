# METADATA
# title: CloudFront distribution has no web ACL
# description: "The distribution sets no `web_acl_id` (AWS WAF)."
# custom:
#   id: AWS086
#   severity: medium
#   resource_types: [aws_cloudfront_distribution, "AWS::CloudFront::Distribution"]
#   tags: [cloudfront, waf, network]
#   frameworks:
#     pci-dss-v4: ["6.4.2"]
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "An internet-facing distribution without WAF passes injection payloads, credential stuffing and bot floods straight to the origin."
#   remediation: "Associate an AWS WAF web ACL (`web_acl_id`, CloudFormation `DistributionConfig.WebACLId`) with at least the AWS managed common rule set."
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       enabled    = true
#       web_acl_id = aws_wafv2_web_acl.edge.arn
#       # origins, cache behaviour, certificate ...
#     }
package tollgate.aws.cloudfront_without_waf

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has no AWS WAF web ACL", [input.address]), "attribute": "web_acl_id"} if {
	input.type == "aws_cloudfront_distribution"
	object.get(input.values, "web_acl_id", "") in {"", null}
	not lib.unknown("web_acl_id")
}

deny contains {"msg": sprintf("%s has no AWS WAF web ACL", [input.address]), "attribute": "DistributionConfig.WebACLId"} if {
	input.type == "AWS::CloudFront::Distribution"
	config := input.values.DistributionConfig
	is_object(config)
	object.get(config, "WebACLId", "") in {"", null}
}
