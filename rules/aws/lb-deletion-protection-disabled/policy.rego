# METADATA
# title: Load balancer can be deleted without protection
# description: "The load balancer does not set `enable_deletion_protection = true`."
# custom:
#   id: AWS092
#   severity: low
#   resource_types: [aws_lb, aws_alb]
#   tags: [elb, availability]
#   frameworks:
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-10"]
#   why: "One mistaken apply or console click deletes the load balancer and its DNS name: every client is cut off until it is rebuilt and DNS catches up."
#   remediation: "Set `enable_deletion_protection = true` for load balancers that serve production traffic."
#   example: |
#     resource "aws_lb" "main" {
#       name               = "web"
#       load_balancer_type = "application"
#       subnets            = ["subnet-0a1b", "subnet-0c2d"]
#       enable_deletion_protection = true
#     }
package tollgate.aws.lb_deletion_protection_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has deletion protection off", [input.address]), "attribute": "enable_deletion_protection", "fix": {"set": {"enable_deletion_protection": true}, "risk": "low"}} if {
	input.type in {"aws_lb", "aws_alb"}
	not input.values["enable_deletion_protection"] == true
	not lib.unknown("enable_deletion_protection")
}
