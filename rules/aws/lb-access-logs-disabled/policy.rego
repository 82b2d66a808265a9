# METADATA
# title: Load balancer does not write access logs
# description: "An application or network load balancer has no `access_logs` with `enabled = true`."
# custom:
#   id: AWS061
#   severity: medium
#   resource_types: [aws_lb, aws_alb]
#   tags: [elb, logging]
#   frameworks:
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#     nist-800-53: ["AU-2", "AU-12"]
#   why: "Without access logs there is no record of who called what through the load balancer when an incident is investigated."
#   remediation: "Add `access_logs { bucket = ..., enabled = true }` with a bucket the ELB service may write to."
#   example: |
#     access_logs {
#       bucket  = aws_s3_bucket.lb_logs.id
#       enabled = true
#     }
package tollgate.aws.lb_access_logs_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not write access logs", [input.address]), "attribute": "access_logs"} if {
	input.type in {"aws_lb", "aws_alb"}
	not input.values.access_logs[0].enabled == true
	not lib.unknown("access_logs")
	not lib.unknown("access_logs[0].enabled")
}
