# METADATA
# title: Security group rule without a description
# description: "An ingress or egress rule (inline, `aws_security_group_rule` or `aws_vpc_security_group_*_rule`) has no `description`."
# custom:
#   id: AWS103
#   severity: low
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, aws_vpc_security_group_egress_rule]
#   tags: [security-group, network, hygiene]
#   frameworks:
#     soc2: ["CC8.1"]
#     nist-800-53: ["CM-3"]
#   why: "A rule nobody can explain is a rule nobody dares to remove: openings accumulate and reviews cannot tell intended access from leftovers."
#   remediation: "Give every rule a `description` saying who needs the access and why."
#   example: |
#     resource "aws_security_group" "web" {
#       name   = "web"
#       vpc_id = "vpc-0a1b2c"
#       ingress {
#         description = "HTTPS from the corporate network"
#         from_port   = 443
#         to_port     = 443
#         protocol    = "tcp"
#         cidr_blocks = ["10.0.0.0/8"]
#       }
#     }
package tollgate.aws.security_group_rule_without_description

import rego.v1

import data.tollgate.lib

missing(v) if object.get(v, "description", "") in {"", null}

deny contains {"msg": sprintf("%s has a %s rule without a description", [input.address, direction]), "attribute": sprintf("%s[%d]", [direction, i])} if {
	input.type == "aws_security_group"
	some direction in ["ingress", "egress"]
	some i, r in lib.list(input.values, direction)
	is_object(r)
	missing(r)
	not lib.unknown(sprintf("%s[%d].description", [direction, i]))
}

deny contains {"msg": sprintf("%s has no description", [input.address]), "attribute": "description"} if {
	input.type in {"aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"}
	missing(input.values)
	not lib.unknown("description")
}
