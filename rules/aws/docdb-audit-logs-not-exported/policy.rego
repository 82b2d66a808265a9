# METADATA
# title: DocumentDB cluster does not export audit logs
# description: "`enabled_cloudwatch_logs_exports` does not include `audit`."
# custom:
#   id: AWS136
#   severity: medium
#   resource_types: [aws_docdb_cluster, "AWS::DocDB::DBCluster"]
#   tags: [docdb, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Audit logs record authentication and schema changes; without them, access to the data cannot be reconstructed."
#   remediation: "Add `\"audit\"` (and `\"profiler\"`) to `enabled_cloudwatch_logs_exports`, and turn on `audit_logs` in the cluster parameter group."
#   example: |
#     enabled_cloudwatch_logs_exports = ["audit", "profiler"]
package tollgate.aws.docdb_audit_logs_not_exported

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not export audit logs", [input.address]), "attribute": "enabled_cloudwatch_logs_exports"} if {
	input.type == "aws_docdb_cluster"
	not "audit" in lib.items(object.get(input.values, "enabled_cloudwatch_logs_exports", []))
	not lib.unknown("enabled_cloudwatch_logs_exports")
}

deny contains {"msg": sprintf("%s does not export audit logs", [input.address]), "attribute": "EnableCloudwatchLogsExports"} if {
	input.type == "AWS::DocDB::DBCluster"
	not "audit" in lib.items(object.get(input.values, "EnableCloudwatchLogsExports", []))
}
