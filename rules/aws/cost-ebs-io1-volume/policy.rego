# METADATA
# title: io1 EBS volume where gp3 gives the same IOPS for less
# description: "The volume is io1 with at most 16,000 provisioned IOPS, which gp3 also delivers; gp3 costs far less per GB and per provisioned IOPS."
# custom:
#   id: COST003
#   severity: low
#   resource_types: [aws_ebs_volume]
#   tags: [cost, finops, ebs]
#   why: "At us-east-1 list prices io1 costs $0.125 per GB and $0.065 per provisioned IOPS a month; gp3 costs $0.08 per GB, includes 3,000 IOPS and charges $0.005 per IOPS above that, up to 16,000. Only volumes that need more than 16,000 IOPS need io1 or io2."
#   remediation: "Set `type = \"gp3\"` and keep `iops` (gp3 takes up to 16,000). gp3's throughput starts at 125 MB/s: set `throughput` (up to 1,000) for a volume that moves more. The change is applied to the attached volume online."
#   example: |
#     resource "aws_ebs_volume" "db" {
#       availability_zone = "eu-west-1a"
#       size              = 200
#       type              = "gp3"
#       iops              = 4000
#       throughput        = 250
#     }
package tollgate.aws.cost_ebs_io1_volume

import rego.v1

import data.tollgate.lib

# us-east-1 list prices a month: what the two types cost relative to each other.
io1_list(size, iops) := (size * 0.125) + (iops * 0.065)

gp3_list(size, iops) := (size * 0.08) + (max([iops - 3000, 0]) * 0.005)

size := input.values.size if is_number(input.values.size)

iops := input.values.iops

# The saving: the priced estimate scaled by the list-price ratio, else the us-east-1 list prices.
saving := sprintf(", about %s a month more than gp3", [lib.dollars(input.cost.monthly * (1 - (gp3_list(size, iops) / io1_list(size, iops))))]) if {
	input.cost.monthly > 0
	io1_list(size, iops) > 0
} else := sprintf(", about %s a month more than gp3 at us-east-1 list prices", [lib.dollars(io1_list(size, iops) - gp3_list(size, iops))]) if {
	size
} else := ""

deny contains {"msg": sprintf("%s is an io1 volume with %d IOPS, which gp3 also gives%s", [input.address, iops, saving]), "attribute": "type", "fix": {"set": {"type": "gp3"}, "risk": "medium"}} if {
	input.type == "aws_ebs_volume"
	input.values.type == "io1"
	not lib.unknown("iops")
	is_number(iops)
	iops <= 16000
}
