# METADATA
# title: Global Accelerator keeps no flow logs
# description: "The accelerator does not set `attributes { flow_logs_enabled = true }`."
# custom:
#   id: AWS102
#   severity: low
#   resource_types: [aws_globalaccelerator_accelerator]
#   tags: [global-accelerator, logging, network]
#   frameworks:
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2"]
#     pci-dss-v4: ["10.2.1"]
#   why: "Without flow logs there is no record of which clients reached the accelerator's endpoints during an attack or an outage."
#   remediation: "Add `attributes { flow_logs_enabled = true  flow_logs_s3_bucket = ...  flow_logs_s3_prefix = ... }`."
#   example: |
#     resource "aws_globalaccelerator_accelerator" "main" {
#       name    = "edge"
#       enabled = true
#       attributes {
#         flow_logs_enabled = true
#       }
#     }
package tollgate.aws.globalaccelerator_flow_logs_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps no flow logs", [input.address]), "attribute": "attributes[0].flow_logs_enabled"} if {
	input.type == "aws_globalaccelerator_accelerator"
	not input.values["attributes"][0]["flow_logs_enabled"] == true
	not lib.unknown("attributes[0].flow_logs_enabled")
}
