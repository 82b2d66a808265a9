# METADATA
# title: EC2 instance uses a previous-generation family
# description: "The instance type belongs to a previous generation (t2, m4, c4, r4 and older); the current generation costs less for the same size and runs faster."
# custom:
#   id: COST002
#   severity: low
#   resource_types: [aws_instance, aws_launch_template]
#   tags: [cost, finops, ec2]
#   why: "Previous-generation families are priced above their successors (t3 is about 10% below t2, m5 below m4) and lack the Nitro system's network and storage performance."
#   remediation: "Move to the current family of the same size (t2 to t3, m4 to m5, c4 to c5, r4 to r5). The AMI needs ENA and NVMe drivers, which current Amazon Linux and Ubuntu images have; the instance restarts."
#   example: |
#     resource "aws_instance" "web" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = "t3.medium"
#     }
package tollgate.aws.cost_previous_generation_instance

import rego.v1

import data.tollgate.lib

successors := {"t2": "t3", "m1": "m5", "m3": "m5", "m4": "m5", "c1": "c5", "c3": "c5", "c4": "c5", "r3": "r5", "r4": "r5", "i2": "i3", "d2": "d3", "g2": "g4dn", "p2": "p3", "x1": "x2idn"}

monthly := sprintf(" (now %s a month)", [lib.dollars(input.cost.monthly)]) if {
	input.cost.monthly > 0
} else := ""

deny contains {"msg": sprintf("%s runs on previous-generation %s%s; %s is its current-generation equivalent", [input.address, type, monthly, current]), "attribute": "instance_type", "fix": {"set": {"instance_type": current}, "risk": "high"}} if {
	input.type in {"aws_instance", "aws_launch_template"}
	not lib.unknown("instance_type")
	type := input.values.instance_type
	is_string(type)
	parts := split(type, ".")
	count(parts) == 2
	next := successors[parts[0]]
	current := sprintf("%s.%s", [next, parts[1]])
}
