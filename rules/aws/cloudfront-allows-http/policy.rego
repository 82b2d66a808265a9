# METADATA
# title: CloudFront distribution allows HTTP viewers
# description: "A cache behavior's `viewer_protocol_policy` is `allow-all`."
# custom:
#   id: AWS016
#   severity: medium
#   resource_types: [aws_cloudfront_distribution]
#   tags: [cloudfront, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Viewers on plain HTTP can be served altered content and have their cookies read."
#   remediation: "Set `viewer_protocol_policy = \"redirect-to-https\"` (or `https-only`) on every cache behavior."
#   example: |
#     default_cache_behavior {
#       target_origin_id       = "web"
#       viewer_protocol_policy = "redirect-to-https"
#       allowed_methods        = ["GET", "HEAD"]
#       cached_methods         = ["GET", "HEAD"]
#     }
package tollgate.aws.cloudfront_allows_http

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets viewers use plain HTTP", [input.address]), "attribute": sprintf("%s[%d].viewer_protocol_policy", [block, i]), "fix": {"set": {sprintf("%s[%d].viewer_protocol_policy", [block, i]): "redirect-to-https"}, "risk": "low"}} if {
	input.type == "aws_cloudfront_distribution"
	some block in ["default_cache_behavior", "ordered_cache_behavior"]
	some i, behavior in lib.list(input.values, block)
	behavior.viewer_protocol_policy == "allow-all"
}
