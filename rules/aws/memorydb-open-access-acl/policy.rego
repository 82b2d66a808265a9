# METADATA
# title: MemoryDB cluster uses the open-access ACL
# description: "`acl_name = \"open-access\"`."
# custom:
#   id: AWS159
#   severity: high
#   resource_types: [aws_memorydb_cluster, "AWS::MemoryDB::Cluster"]
#   tags: [memorydb, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "The `open-access` ACL authenticates nobody: every host that reaches the cluster reads and writes all data."
#   remediation: "Create an `aws_memorydb_acl` with users and set `acl_name` to it."
#   example: |
#     acl_name = aws_memorydb_acl.app.name
package tollgate.aws.memorydb_open_access_acl

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets any client connect without a password", [input.address]), "attribute": "acl_name"} if {
	input.type == "aws_memorydb_cluster"
	lower(sprintf("%v", [object.get(input.values, ["acl_name"], null)])) in {"open-access"}
	not lib.unknown("acl_name")
}

deny contains {"msg": sprintf("%s lets any client connect without a password", [input.address]), "attribute": "ACLName"} if {
	input.type == "AWS::MemoryDB::Cluster"
	lower(sprintf("%v", [object.get(input.values, ["ACLName"], null)])) in {"open-access"}
}
