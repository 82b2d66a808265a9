# METADATA
# title: CloudFront distribution accepts TLS older than 1.2
# description: "A distribution's `viewer_certificate` allows viewers TLS 1.0 or 1.1 (`minimum_protocol_version` below TLSv1.2_2019, or the default CloudFront certificate)."
# custom:
#   id: AWS043
#   severity: high
#   resource_types: [aws_cloudfront_distribution]
#   tags: [cloudfront, tls, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8", "SC-13"]
#   why: "Old TLS versions have known weaknesses and fail PCI DSS; viewers that can be downgraded to them are exposed."
#   remediation: "Set `minimum_protocol_version = \"TLSv1.2_2021\"` with your own certificate (`acm_certificate_arn`, `ssl_support_method = \"sni-only\"`)."
#   example: |
#     resource "aws_cloudfront_distribution" "site" {
#       # ...
#       viewer_certificate {
#         acm_certificate_arn      = aws_acm_certificate.site.arn
#         ssl_support_method       = "sni-only"
#         minimum_protocol_version = "TLSv1.2_2021"
#       }
#     }
package tollgate.aws.cloudfront_old_tls

import rego.v1

import data.tollgate.lib

modern := {"TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}

deny contains {"msg": sprintf("%s accepts TLS older than 1.2 (%s)", [input.address, version]), "attribute": "viewer_certificate", "fix": {"set": {"viewer_certificate[0].minimum_protocol_version": "TLSv1.2_2021"}, "risk": "medium"}} if {
	input.type == "aws_cloudfront_distribution"
	certificate := input.values.viewer_certificate[0]
	not certificate.cloudfront_default_certificate == true
	not lib.unknown("viewer_certificate[0].minimum_protocol_version")
	version := object.get(certificate, "minimum_protocol_version", "TLSv1")
	not version in modern
}
