# METADATA
# title: Neptune cluster does not export audit logs
# description: "`enable_cloudwatch_logs_exports` does not include `audit`."
# custom:
#   id: AWS147
#   severity: medium
#   resource_types: [aws_neptune_cluster, "AWS::Neptune::DBCluster"]
#   tags: [neptune, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Neptune audit logs record every query and who sent it; without export they stay on the cluster and cannot be searched or alarmed on."
#   remediation: "Set `enable_cloudwatch_logs_exports = [\"audit\"]` (and `neptune_enable_audit_log = 1` in the parameter group)."
#   example: |
#     enable_cloudwatch_logs_exports = ["audit"]
package tollgate.aws.neptune_audit_logs_not_exported

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not export audit logs", [input.address]), "attribute": "enable_cloudwatch_logs_exports"} if {
	input.type == "aws_neptune_cluster"
	not "audit" in lib.items(object.get(input.values, "enable_cloudwatch_logs_exports", []))
	not lib.unknown("enable_cloudwatch_logs_exports")
}

deny contains {"msg": sprintf("%s does not export audit logs", [input.address]), "attribute": "EnableCloudwatchLogsExports"} if {
	input.type == "AWS::Neptune::DBCluster"
	not "audit" in lib.items(object.get(input.values, "EnableCloudwatchLogsExports", []))
}
