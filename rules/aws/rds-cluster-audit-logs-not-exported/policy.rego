# METADATA
# title: Aurora cluster does not export its logs
# description: "`enabled_cloudwatch_logs_exports` is empty."
# custom:
#   id: AWS117
#   severity: medium
#   resource_types: [aws_rds_cluster, "AWS::RDS::DBCluster"]
#   tags: [rds, aurora, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#   why: "Database logs kept only on the cluster are lost with it and cannot be searched or alarmed on."
#   remediation: "Export the engine's logs: `enabled_cloudwatch_logs_exports = [\"postgresql\"]` (Aurora PostgreSQL) or `[\"audit\", \"error\", \"slowquery\"]` (Aurora MySQL)."
#   example: |
#     enabled_cloudwatch_logs_exports = ["postgresql"]
package tollgate.aws.rds_cluster_audit_logs_not_exported

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not export its logs to CloudWatch", [input.address]), "attribute": "enabled_cloudwatch_logs_exports"} if {
	input.type == "aws_rds_cluster"
	lib.blank(object.get(input.values, ["enabled_cloudwatch_logs_exports"], null))
	startswith(object.get(input.values, "engine", "aurora"), "aurora")
	not lib.unknown("enabled_cloudwatch_logs_exports")
}

deny contains {"msg": sprintf("%s does not export its logs to CloudWatch", [input.address]), "attribute": "EnableCloudwatchLogsExports"} if {
	input.type == "AWS::RDS::DBCluster"
	lib.blank(object.get(input.values, ["EnableCloudwatchLogsExports"], null))
}
