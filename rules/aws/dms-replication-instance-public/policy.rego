# METADATA
# title: DMS replication instance is publicly accessible
# description: "A DMS replication instance sets `publicly_accessible = true`."
# custom:
#   id: AWS068
#   severity: high
#   resource_types: [aws_dms_replication_instance]
#   tags: [dms, network, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "The replication instance holds credentials for both databases it copies between; a public address exposes it to the internet."
#   remediation: "Set `publicly_accessible = false` (the instance is replaced) and reach the databases through the VPC."
#   example: |
#     resource "aws_dms_replication_instance" "migrate" {
#       replication_instance_id    = "migrate"
#       replication_instance_class = "dms.t3.medium"
#       publicly_accessible        = false
#     }
package tollgate.aws.dms_replication_instance_public

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "attribute": "publicly_accessible", "fix": {"set": {"publicly_accessible": false}, "risk": "high"}} if {
	input.type in {"aws_dms_replication_instance"}
	input.values.publicly_accessible == true
}
