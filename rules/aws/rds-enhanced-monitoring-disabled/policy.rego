# METADATA
# title: RDS instance without enhanced monitoring
# description: "`monitoring_interval` is 0 or not set."
# custom:
#   id: AWS116
#   severity: low
#   resource_types: [aws_db_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, monitoring]
#   frameworks:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#   why: "Enhanced monitoring reports OS-level CPU, memory and I/O per process; without it, CloudWatch's hypervisor metrics hide what is starving the database."
#   remediation: "Set `monitoring_interval` (e.g. 60) and `monitoring_role_arn`."
#   example: |
#     monitoring_interval = 60
#     monitoring_role_arn = aws_iam_role.rds_monitoring.arn
package tollgate.aws.rds_enhanced_monitoring_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not use enhanced monitoring", [input.address]), "attribute": "monitoring_interval"} if {
	input.type == "aws_db_instance"
	to_number(object.get(input.values, ["monitoring_interval"], 0)) < 1
	not lib.unknown("monitoring_interval")
}

deny contains {"msg": sprintf("%s does not use enhanced monitoring", [input.address]), "attribute": "MonitoringInterval"} if {
	input.type == "AWS::RDS::DBInstance"
	to_number(object.get(input.values, ["MonitoringInterval"], 0)) < 1
}
