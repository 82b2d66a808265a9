# METADATA
# title: ECS cluster has Container Insights off
# description: "The cluster has no `setting { name = \"containerInsights\" value = \"enabled\" }`."
# custom:
#   id: AWS083
#   severity: low
#   resource_types: [aws_ecs_cluster, "AWS::ECS::Cluster"]
#   tags: [ecs, monitoring]
#   frameworks:
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-12"]
#   why: "Without Container Insights, task-level CPU, memory and restart metrics are missing when a service degrades or is abused for mining."
#   remediation: "Add `setting { name = \"containerInsights\" value = \"enabled\" }` (or `enhanced`); CloudFormation: `ClusterSettings: [{Name: containerInsights, Value: enabled}]`."
#   example: |
#     resource "aws_ecs_cluster" "main" {
#       name = "main"
#       setting {
#         name  = "containerInsights"
#         value = "enabled"
#       }
#     }
package tollgate.aws.ecs_cluster_container_insights_disabled

import rego.v1

import data.tollgate.lib

insights(settings, name, value) if {
	some s in lib.items(settings)
	is_object(s)
	s[name] == "containerInsights"
	s[value] in {"enabled", "enhanced"}
}

deny contains {"msg": sprintf("%s has Container Insights off", [input.address]), "attribute": "setting"} if {
	input.type == "aws_ecs_cluster"
	not insights(input.values.setting, "name", "value")
	not lib.unknown("setting")
}

deny contains {"msg": sprintf("%s has Container Insights off", [input.address]), "attribute": "ClusterSettings"} if {
	input.type == "AWS::ECS::Cluster"
	not insights(input.values.ClusterSettings, "Name", "Value")
}
