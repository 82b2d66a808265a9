# METADATA
# title: RDS instance exports no logs to CloudWatch
# description: "The instance sets no `enabled_cloudwatch_logs_exports`."
# custom:
#   id: AWS093
#   severity: low
#   resource_types: [aws_db_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, logging]
#   frameworks:
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2"]
#     pci-dss-v4: ["10.2.1"]
#   why: "Database error, audit and slow-query logs stay on the instance, rotate away within days, and are lost with it: no alarm or investigation can use them."
#   remediation: "Set `enabled_cloudwatch_logs_exports` to the engine's logs (`postgresql`, `upgrade`; MySQL: `audit`, `error`, `general`, `slowquery`)."
#   example: |
#     resource "aws_db_instance" "main" {
#       identifier     = "orders"
#       engine         = "postgres"
#       instance_class = "db.t3.medium"
#       enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
#     }
package tollgate.aws.rds_cloudwatch_logs_not_exported

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s exports no logs to CloudWatch", [input.address]), "attribute": "enabled_cloudwatch_logs_exports"} if {
	input.type == "aws_db_instance"
	object.get(input.values, "enabled_cloudwatch_logs_exports", null) in {null, "", []}
	not lib.unknown("enabled_cloudwatch_logs_exports")
}

deny contains {"msg": sprintf("%s exports no logs to CloudWatch", [input.address]), "attribute": "EnableCloudwatchLogsExports"} if {
	input.type == "AWS::RDS::DBInstance"
	object.get(input.values, "EnableCloudwatchLogsExports", null) in {null, "", []}
}
