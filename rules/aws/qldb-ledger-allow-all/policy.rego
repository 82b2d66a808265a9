# METADATA
# title: QLDB ledger in the ALLOW_ALL permissions mode
# description: "`permissions_mode = \"ALLOW_ALL\"`."
# custom:
#   id: AWS149
#   severity: medium
#   resource_types: [aws_qldb_ledger, "AWS::QLDB::Ledger"]
#   tags: [qldb, access-control]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "In ALLOW_ALL mode, IAM cannot restrict access to tables or commands: any principal allowed `SendCommand` can read and write everything."
#   remediation: "Set `permissions_mode = \"STANDARD\"` and grant table-level permissions."
#   example: |
#     permissions_mode = "STANDARD"
package tollgate.aws.qldb_ledger_allow_all

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets any caller with ledger API access run every PartiQL command", [input.address]), "attribute": "permissions_mode", "fix": {"set": {"permissions_mode": "STANDARD"}, "risk": "high"}} if {
	input.type == "aws_qldb_ledger"
	lower(sprintf("%v", [object.get(input.values, ["permissions_mode"], null)])) in {"allow_all"}
	not lib.unknown("permissions_mode")
}

deny contains {"msg": sprintf("%s lets any caller with ledger API access run every PartiQL command", [input.address]), "attribute": "PermissionsMode"} if {
	input.type == "AWS::QLDB::Ledger"
	lower(sprintf("%v", [object.get(input.values, ["PermissionsMode"], null)])) in {"allow_all"}
}
