# METADATA
# title: CloudWatch log group not encrypted with a customer key
# description: "The log group sets no `kms_key_id`."
# custom:
#   id: AWS094
#   severity: low
#   resource_types: [aws_cloudwatch_log_group, "AWS::Logs::LogGroup"]
#   tags: [cloudwatch, logging, encryption, kms]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#   why: "Logs often carry tokens, personal data and request bodies; with the service's own key, reading them is governed by IAM alone, with no key policy to restrict or revoke it. (Log groups are always encrypted: this is about who controls the key.)"
#   remediation: "Set `kms_key_id` to a customer managed key whose policy allows the CloudWatch Logs service principal for the region."
#   example: |
#     resource "aws_cloudwatch_log_group" "main" {
#       name              = "/app/api"
#       retention_in_days = 365
#       kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/2f8e1b"
#     }
package tollgate.aws.cloudwatch_log_group_without_kms

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted with a customer managed key", [input.address]), "attribute": "kms_key_id"} if {
	input.type == "aws_cloudwatch_log_group"
	object.get(input.values, "kms_key_id", null) in {null, "", []}
	not lib.unknown("kms_key_id")
}

deny contains {"msg": sprintf("%s is not encrypted with a customer managed key", [input.address]), "attribute": "KmsKeyId"} if {
	input.type == "AWS::Logs::LogGroup"
	object.get(input.values, "KmsKeyId", null) in {null, "", []}
}
