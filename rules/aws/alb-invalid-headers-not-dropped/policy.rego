# METADATA
# title: Application load balancer forwards invalid HTTP headers
# description: "An application load balancer does not set `drop_invalid_header_fields = true`."
# custom:
#   id: AWS028
#   severity: medium
#   resource_types: [aws_lb, aws_alb]
#   tags: [elb, http, desync]
#   frameworks:
#     soc2: ["CC6.6"]
#     nist-800-53: ["SI-10"]
#   why: "Malformed headers passed to the targets enable HTTP desync and request smuggling attacks against them."
#   remediation: "Set `drop_invalid_header_fields = true` on application load balancers."
#   example: |
#     resource "aws_lb" "web" {
#       name                       = "web"
#       load_balancer_type         = "application"
#       drop_invalid_header_fields = true
#     }
package tollgate.aws.alb_invalid_headers_not_dropped

import rego.v1

import data.tollgate.lib

application if object.get(input.values, "load_balancer_type", "application") == "application"

deny contains {"msg": sprintf("%s forwards invalid HTTP header fields", [input.address]), "attribute": "drop_invalid_header_fields", "fix": {"set": {"drop_invalid_header_fields": true}, "risk": "low"}} if {
	input.type in {"aws_lb", "aws_alb"}
	application
	not lib.unknown("load_balancer_type")
	lib.not_true(input.values, "drop_invalid_header_fields")
}
