# METADATA
# title: CloudFront talks to its custom origin over HTTP
# description: "A `custom_origin_config` sets `origin_protocol_policy = \"http-only\"` (or `match-viewer`)."
# custom:
#   id: AWS131
#   severity: medium
#   resource_types: [aws_cloudfront_distribution, "AWS::CloudFront::Distribution"]
#   tags: [cloudfront, encryption, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#   why: "Viewers connect over HTTPS, but the request then crosses the internet to the origin in plain text, with its cookies and tokens."
#   remediation: "Set `origin_protocol_policy = \"https-only\"` and a TLS 1.2 `origin_ssl_protocols`."
#   example: |
#     custom_origin_config {
#       http_port              = 80
#       https_port             = 443
#       origin_protocol_policy = "https-only"
#       origin_ssl_protocols   = ["TLSv1.2"]
#     }
package tollgate.aws.cloudfront_origin_plain_http

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s reaches origin %v over HTTP", [input.address, origin.origin_id]), "attribute": sprintf("origin[%d].custom_origin_config[0].origin_protocol_policy", [i])} if {
	input.type == "aws_cloudfront_distribution"
	some i, origin in lib.list(input.values, "origin")
	some config in lib.list(origin, "custom_origin_config")
	config.origin_protocol_policy in {"http-only", "match-viewer"}
}

deny contains {"msg": sprintf("%s reaches origin %v over HTTP", [input.address, origin.Id]), "attribute": sprintf("DistributionConfig.Origins[%d].CustomOriginConfig.OriginProtocolPolicy", [i])} if {
	input.type == "AWS::CloudFront::Distribution"
	some i, origin in lib.list(object.get(input.values, "DistributionConfig", {}), "Origins")
	origin.CustomOriginConfig.OriginProtocolPolicy in {"http-only", "match-viewer"}
}
