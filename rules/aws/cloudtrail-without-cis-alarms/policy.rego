# METADATA
# title: CloudTrail without the CIS metric filters and alarms
# description: "A trail is defined, but for some of the events CIS section 4 names (unauthorized API calls, root use, policy, trail, key, network and Organizations changes, ...) no log metric filter with an alarm on its metric exists beside it."
# custom:
#   id: AWS106
#   severity: medium
#   scope: project
#   resource_types: [aws_cloudtrail, aws_cloudwatch_log_metric_filter, aws_cloudwatch_metric_alarm]
#   tags: [cloudtrail, monitoring, alerting]
#   frameworks:
#     cis-aws-v3.0: ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12", "4.13", "4.14", "4.15"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["SI-4", "AU-6"]
#   why: "The trail records the events, but nobody is told: a root login, a stopped trail or an opened security group is found weeks later, if ever."
#   remediation: "For each event, add an `aws_cloudwatch_log_metric_filter` on the trail's log group with the CIS pattern and an `aws_cloudwatch_metric_alarm` on its metric that notifies an SNS topic. The rule judges the folder that defines the trail (where account baselines keep these); filters elsewhere are not seen."
#   example: |
#     resource "aws_cloudwatch_log_metric_filter" "root_usage" {
#       name           = "root-usage"
#       log_group_name = aws_cloudwatch_log_group.trail.name
#       pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
#       metric_transformation {
#         name      = "RootUsage"
#         namespace = "CIS"
#         value     = "1"
#       }
#     }
#
#     resource "aws_cloudwatch_metric_alarm" "root_usage" {
#       alarm_name          = "root-usage"
#       metric_name         = "RootUsage"
#       namespace           = "CIS"
#       statistic           = "Sum"
#       period              = 300
#       evaluation_periods  = 1
#       threshold           = 1
#       comparison_operator = "GreaterThanOrEqualToThreshold"
#       alarm_actions       = [aws_sns_topic.security.arn]
#     }
package tollgate.aws.cloudtrail_without_cis_alarms

import rego.v1

import data.tollgate.lib

# CIS control, what it alerts on, and the event names one of which its pattern must mention.
events := [
	["4.1", "unauthorized API calls", ["UnauthorizedOperation", "AccessDenied"]],
	["4.2", "console sign-in without MFA", ["MFAUsed"]],
	["4.3", "use of the root user", ["Root"]],
	["4.4", "IAM policy changes", ["PutUserPolicy", "AttachRolePolicy", "CreatePolicy", "DeleteGroupPolicy"]],
	["4.5", "CloudTrail configuration changes", ["StopLogging", "UpdateTrail", "DeleteTrail"]],
	["4.6", "console authentication failures", ["Failed authentication"]],
	["4.7", "disabling or scheduled deletion of KMS keys", ["DisableKey", "ScheduleKeyDeletion"]],
	["4.8", "S3 bucket policy changes", ["PutBucketPolicy", "DeleteBucketPolicy"]],
	["4.9", "AWS Config changes", ["StopConfigurationRecorder", "DeleteDeliveryChannel"]],
	["4.10", "security group changes", ["AuthorizeSecurityGroupIngress", "RevokeSecurityGroupIngress"]],
	["4.11", "network ACL changes", ["CreateNetworkAcl", "ReplaceNetworkAclEntry"]],
	["4.12", "network gateway changes", ["CreateCustomerGateway", "AttachInternetGateway"]],
	["4.13", "route table changes", ["CreateRoute", "ReplaceRouteTableAssociation"]],
	["4.14", "VPC changes", ["CreateVpc", "DeleteVpc", "ModifyVpcAttribute"]],
	["4.15", "AWS Organizations changes", ["organizations.amazonaws.com"]],
]

trails contains r if {
	some r in lib.items(input.resources)
	r.type == "aws_cloudtrail"
	r.kind == "terraform"
	not startswith(r.address, "data.")
}

# Metric names some alarm watches (an alarm on a metric math query counts by its metric names).
alarmed contains r.values.metric_name if {
	some r in lib.items(input.resources)
	r.type == "aws_cloudwatch_metric_alarm"
	is_string(r.values.metric_name)
}

alarmed contains query.metric[0].metric_name if {
	some r in lib.items(input.resources)
	r.type == "aws_cloudwatch_metric_alarm"
	some query in lib.list(r.values, "metric_query")
	is_string(query.metric[0].metric_name)
}

# Patterns of filters whose metric has an alarm.
patterns contains r.values.pattern if {
	some r in lib.items(input.resources)
	r.type == "aws_cloudwatch_log_metric_filter"
	is_string(r.values.pattern)
	r.values.metric_transformation[0].name in alarmed
}

covered(needles) if {
	some pattern in patterns
	some needle in needles
	contains(pattern, needle)
}

deny contains {"msg": sprintf("%s: no metric filter with an alarm for %s (CIS %s)", [t.address, event[1], event[0]]), "address": t.address, "file": t.source.file} if {
	some t in trails
	some event in events
	not covered(event[2])
}
