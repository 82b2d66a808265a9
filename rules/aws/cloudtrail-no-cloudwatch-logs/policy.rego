# METADATA
# title: CloudTrail does not deliver to CloudWatch Logs
# description: "A trail sets no `cloud_watch_logs_group_arn`, so no metric filter or alarm can watch it."
# custom:
#   id: AWS060
#   severity: low
#   resource_types: [aws_cloudtrail, "AWS::CloudTrail::Trail"]
#   tags: [cloudtrail, logging, monitoring]
#   frameworks:
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.4.1"]
#     nist-800-53: ["AU-6", "SI-4"]
#   why: "Root logins, IAM changes and disabled logging are only noticed in time when the trail feeds alarms."
#   remediation: "Set `cloud_watch_logs_group_arn` and `cloud_watch_logs_role_arn`, and add metric filters and alarms for the CIS monitoring events."
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name                       = "main"
#       s3_bucket_name             = aws_s3_bucket.trail.id
#       cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
#       cloud_watch_logs_role_arn  = aws_iam_role.trail.arn
#     }
package tollgate.aws.cloudtrail_no_cloudwatch_logs

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not deliver to CloudWatch Logs", [input.address]), "attribute": "cloud_watch_logs_group_arn"} if {
	input.type == "aws_cloudtrail"
	not input.values.cloud_watch_logs_group_arn
	not lib.unknown("cloud_watch_logs_group_arn")
}

deny contains {"msg": sprintf("%s does not deliver to CloudWatch Logs", [input.address]), "attribute": "CloudWatchLogsLogGroupArn"} if {
	input.type == "AWS::CloudTrail::Trail"
	not input.values.CloudWatchLogsLogGroupArn
}
