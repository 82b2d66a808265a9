# METADATA
# title: Load balancer listener allows TLS older than 1.2
# description: "An HTTPS or TLS listener uses an SSL policy that accepts TLS 1.0 or 1.1 (the provider's default `ELBSecurityPolicy-2016-08` does)."
# custom:
#   id: AWS029
#   severity: high
#   resource_types: [aws_lb_listener, aws_alb_listener]
#   tags: [elb, tls, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     nist-800-53: ["SC-8", "SC-13"]
#   why: "TLS 1.0 and 1.1 have known weaknesses and fail PCI DSS; a listener that accepts them lets a downgraded client negotiate them."
#   remediation: "Set `ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"` (TLS 1.2 and 1.3 only)."
#   example: |
#     resource "aws_lb_listener" "https" {
#       load_balancer_arn = aws_lb.web.arn
#       port              = 443
#       protocol          = "HTTPS"
#       ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
#       certificate_arn   = aws_acm_certificate.web.arn
#     }
package tollgate.aws.lb_listener_old_tls_policy

import rego.v1

import data.tollgate.lib

old_policies := {
	"ELBSecurityPolicy-2016-08",
	"ELBSecurityPolicy-2015-05",
	"ELBSecurityPolicy-TLS-1-0-2015-04",
	"ELBSecurityPolicy-TLS-1-1-2017-01",
	"ELBSecurityPolicy-FS-2018-06",
	"ELBSecurityPolicy-FS-1-1-2019-08",
	"ELBSecurityPolicy-TLS13-1-0-2021-06",
	"ELBSecurityPolicy-TLS13-1-1-2021-06",
}

deny contains {"msg": sprintf("%s accepts TLS older than 1.2 (%s)", [input.address, policy]), "attribute": "ssl_policy", "fix": {"set": {"ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06"}, "risk": "medium"}} if {
	input.type in {"aws_lb_listener", "aws_alb_listener"}
	input.values.protocol in {"HTTPS", "TLS"}
	not lib.unknown("ssl_policy")
	policy := object.get(input.values, "ssl_policy", "ELBSecurityPolicy-2016-08")
	policy in old_policies
}
