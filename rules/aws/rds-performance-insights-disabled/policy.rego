# METADATA
# title: RDS database without Performance Insights
# description: "The DB instance (or Aurora cluster instance) does not set `performance_insights_enabled = true`. Aurora clusters are judged by their instances, where Performance Insights is set."
# custom:
#   id: AWS112
#   severity: low
#   resource_types: [aws_db_instance, aws_rds_cluster_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, monitoring]
#   frameworks:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#   why: "Without Performance Insights, a slow or overloaded database leaves no record of which queries and waits caused it."
#   remediation: "Set `performance_insights_enabled = true` (seven days of history are free)."
#   example: |
#     performance_insights_enabled = true
package tollgate.aws.rds_performance_insights_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not enable Performance Insights", [input.address]), "attribute": "performance_insights_enabled", "fix": {"set": {"performance_insights_enabled": true}, "risk": "low"}} if {
	input.type in {"aws_db_instance", "aws_rds_cluster_instance"}
	not lib.truthy(object.get(input.values, ["performance_insights_enabled"], null))
	not lib.unknown("performance_insights_enabled")
}

deny contains {"msg": sprintf("%s does not enable Performance Insights", [input.address]), "attribute": "EnablePerformanceInsights"} if {
	input.type == "AWS::RDS::DBInstance"
	not lib.truthy(object.get(input.values, ["EnablePerformanceInsights"], null))
}
