# METADATA
# title: VPC has no flow logs
# description: "A VPC declared in the code has no `aws_flow_log` that refers to it."
# custom:
#   id: AWS051
#   severity: medium
#   scope: project
#   resource_types: [aws_vpc, aws_flow_log]
#   tags: [vpc, logging, network]
#   frameworks:
#     cis-aws-v3.0: ["3.7"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#     nist-800-53: ["AU-12", "SI-4"]
#   why: "Without flow logs there is no record of which addresses talked to what, so an intrusion or a data exfiltration cannot be traced."
#   remediation: "Add an `aws_flow_log` with `vpc_id` set to the VPC (at least `traffic_type = \"REJECT\"`)."
#   example: |
#     resource "aws_flow_log" "main" {
#       vpc_id          = aws_vpc.main.id
#       traffic_type    = "ALL"
#       log_destination = aws_s3_bucket.flow_logs.arn
#     }
package tollgate.aws.vpc_flow_logs_missing

import rego.v1

import data.tollgate.lib

# VPCs the code creates: a `data "aws_vpc"` reads one made elsewhere, whose flow logs are set there.
vpcs contains r if {
	some r in lib.items(input.resources)
	r.type == "aws_vpc"
	r.kind == "terraform"
	not startswith(r.address, "data.")
	not contains(r.address, ".data.")
}

logged contains address if {
	some r in lib.items(input.resources)
	r.type == "aws_flow_log"
	some address in lib.items(r.references.vpc_id)
}

deny contains {"msg": sprintf("%s has no flow logs", [v.address]), "address": v.address, "file": v.source.file} if {
	some v in vpcs
	not v.address in logged
}
