# METADATA
# title: MemoryDB cluster without TLS
# description: "`tls_enabled = false`."
# custom:
#   id: AWS158
#   severity: high
#   resource_types: [aws_memorydb_cluster, "AWS::MemoryDB::Cluster"]
#   tags: [memorydb, encryption]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "Without TLS, Redis commands, data and ACL passwords cross the network in plain text."
#   remediation: "Remove `tls_enabled = false` (TLS is the default)."
#   example: |
#     tls_enabled = true
package tollgate.aws.memorydb_tls_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts unencrypted connections", [input.address]), "attribute": "tls_enabled", "fix": {"set": {"tls_enabled": true}, "risk": "high"}} if {
	input.type == "aws_memorydb_cluster"
	lib.falsy(object.get(input.values, ["tls_enabled"], null))
	not lib.unknown("tls_enabled")
}

deny contains {"msg": sprintf("%s accepts unencrypted connections", [input.address]), "attribute": "TLSEnabled"} if {
	input.type == "AWS::MemoryDB::Cluster"
	lib.falsy(object.get(input.values, ["TLSEnabled"], null))
}
