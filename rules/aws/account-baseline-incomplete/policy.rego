# METADATA
# title: Account baseline without AWS Config, Security Hub or IAM Access Analyzer
# description: "The folder that defines the account's trail does not also turn on an AWS Config recorder for all resources, Security Hub, or an IAM Access Analyzer."
# custom:
#   id: AWS110
#   severity: medium
#   scope: project
#   resource_types: [aws_cloudtrail, aws_config_configuration_recorder, aws_securityhub_account, aws_accessanalyzer_analyzer]
#   tags: [baseline, monitoring, governance]
#   frameworks:
#     cis-aws-v3.0: ["3.3", "4.16", "1.20"]
#     soc2: ["CC7.1"]
#     nist-800-53: ["CM-8", "SI-4"]
#   why: "Without Config there is no inventory or change history, without Security Hub no aggregated findings, and without Access Analyzer no warning when a resource is shared outside the account."
#   remediation: "Beside the trail, add `aws_config_configuration_recorder` with `recording_group { all_supported = true }`, `aws_securityhub_account`, and `aws_accessanalyzer_analyzer`. The rule judges the folder that defines the trail, where account baselines keep these."
#   example: |
#     resource "aws_cloudtrail" "management" {
#       name                       = "management"
#       s3_bucket_name             = "org-cloudtrail-logs"
#       is_multi_region_trail      = true
#       enable_log_file_validation = true
#     }
#
#     resource "aws_config_configuration_recorder" "main" {
#       name     = "main"
#       role_arn = "arn:aws:iam::123456789012:role/aws-config"
#       recording_group {
#         all_supported                 = true
#         include_global_resource_types = true
#       }
#     }
#
#     resource "aws_securityhub_account" "main" {}
#
#     resource "aws_accessanalyzer_analyzer" "account" {
#       analyzer_name = "account"
#     }
package tollgate.aws.account_baseline_incomplete

import rego.v1

import data.tollgate.lib

trails contains r if {
	some r in lib.items(input.resources)
	r.type == "aws_cloudtrail"
	r.kind == "terraform"
	not startswith(r.address, "data.")
}

present(type) if {
	some r in lib.items(input.resources)
	r.type == type
}

recording_all if {
	some r in lib.items(input.resources)
	r.type == "aws_config_configuration_recorder"
	some group in lib.list(r.values, "recording_group")
	group.all_supported == true
}

recording_all if {
	some r in lib.items(input.resources)
	r.type == "aws_config_configuration_recorder"
	count(lib.list(r.values, "recording_group")) == 0
}

missing contains "an AWS Config recorder for all resources (CIS 3.3)" if not recording_all

missing contains "Security Hub (CIS 4.16)" if not present("aws_securityhub_account")

missing contains "an IAM Access Analyzer (CIS 1.20)" if not present("aws_accessanalyzer_analyzer")

deny contains {"msg": sprintf("%s: the account baseline has no %s", [t.address, what]), "address": t.address, "file": t.source.file} if {
	some t in trails
	some what in missing
}
