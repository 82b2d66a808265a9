# METADATA
# title: EBS volume uses gp2 where gp3 costs less
# description: "The volume is gp2 (set, or the default when `type` is left out). gp3 costs about 20% less per GB and gives 3,000 IOPS and 125 MB/s whatever its size."
# custom:
#   id: COST001
#   severity: low
#   resource_types: [aws_ebs_volume]
#   tags: [cost, finops, ebs]
#   why: "gp2 ties performance to size, so volumes are often oversized for IOPS; gp3 is cheaper per GB and its baseline covers most gp2 volumes under 1 TB."
#   remediation: "Set `type = \"gp3\"`. The change is applied to the attached volume online; add `iops` or `throughput` only for volumes that need more than the gp3 baseline."
#   example: |
#     resource "aws_ebs_volume" "data" {
#       availability_zone = "eu-west-1a"
#       size              = 100
#       type              = "gp3"
#     }
package tollgate.aws.cost_ebs_gp2_volume

import rego.v1

import data.tollgate.lib

# gp3's per-GB price is about 20% below gp2's in every region: the saving is a fifth of the storage.
saving := sprintf(", about %s a month more than gp3", [lib.dollars(input.cost.monthly * 0.2)]) if {
	input.cost.monthly > 0
} else := ""

deny contains {"msg": sprintf("%s is a gp2 volume%s", [input.address, saving]), "attribute": "type", "fix": {"set": {"type": "gp3"}, "risk": "low"}} if {
	input.type == "aws_ebs_volume"
	object.get(input.values, "type", "gp2") == "gp2"
	not lib.unknown("type")
}
