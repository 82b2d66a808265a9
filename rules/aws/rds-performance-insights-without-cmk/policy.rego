# METADATA
# title: RDS Performance Insights not encrypted with a customer-managed key
# description: "Performance Insights is on but `performance_insights_kms_key_id` is not set."
# custom:
#   id: AWS113
#   severity: low
#   resource_types: [aws_db_instance, aws_rds_cluster_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, encryption, kms]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Performance Insights stores query text, which can hold personal data; a customer-managed key lets you control and audit who decrypts it."
#   remediation: "Set `performance_insights_kms_key_id` to a customer-managed KMS key."
#   example: |
#     performance_insights_enabled    = true
#     performance_insights_kms_key_id = aws_kms_key.rds.arn
package tollgate.aws.rds_performance_insights_without_cmk

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s encrypts Performance Insights without a customer-managed key", [input.address]), "attribute": "performance_insights_kms_key_id"} if {
	input.type in {"aws_db_instance", "aws_rds_cluster_instance"}
	lib.blank(object.get(input.values, ["performance_insights_kms_key_id"], null))
	lib.truthy(input.values.performance_insights_enabled)
	not lib.unknown("performance_insights_kms_key_id")
}

deny contains {"msg": sprintf("%s encrypts Performance Insights without a customer-managed key", [input.address]), "attribute": "PerformanceInsightsKMSKeyId"} if {
	input.type == "AWS::RDS::DBInstance"
	lib.blank(object.get(input.values, ["PerformanceInsightsKMSKeyId"], null))
	lib.truthy(input.values.EnablePerformanceInsights)
}
