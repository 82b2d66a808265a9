# METADATA
# title: Load balancer listener serves plain HTTP
# description: "An ALB listener accepts HTTP and forwards it instead of redirecting to HTTPS."
# custom:
#   id: AWS015
#   severity: medium
#   resource_types: [aws_lb_listener, aws_alb_listener]
#   tags: [elb, encryption-in-transit]
#   frameworks:
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     nist-800-53: ["SC-8"]
#   why: "Requests and cookies cross the network in clear text and can be read or changed on the way."
#   remediation: "Serve HTTPS with a certificate, and make the HTTP listener's default action a redirect to HTTPS."
#   example: |
#     resource "aws_lb_listener" "http" {
#       load_balancer_arn = aws_lb.web.arn
#       port              = 80
#       protocol          = "HTTP"
#       default_action {
#         type = "redirect"
#         redirect {
#           port        = "443"
#           protocol    = "HTTPS"
#           status_code = "HTTP_301"
#         }
#       }
#     }
package tollgate.aws.load_balancer_http_listener

import rego.v1

import data.tollgate.lib

redirects_to_https(values) if {
	some action in lib.items(values.default_action)
	action.type == "redirect"
	action.redirect[0].protocol == "HTTPS"
}

deny contains {"msg": sprintf("%s serves plain HTTP without redirecting to HTTPS", [input.address]), "attribute": "protocol"} if {
	input.type in {"aws_lb_listener", "aws_alb_listener"}
	input.values.protocol == "HTTP"
	not redirects_to_https(input.values)
	not lib.unknown("default_action")
}
