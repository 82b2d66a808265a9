# METADATA
# title: SNS topic is not encrypted
# description: "An SNS topic sets no `kms_master_key_id`: messages are stored without server-side encryption."
# custom:
#   id: AWS040
#   severity: medium
#   resource_types: [aws_sns_topic, "AWS::SNS::Topic"]
#   tags: [sns, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Notifications often carry order, user or alert details; without SSE they sit unencrypted until delivered."
#   remediation: "Set `kms_master_key_id = \"alias/aws/sns\"` (or a customer managed key for cross-account publishers)."
#   example: |
#     resource "aws_sns_topic" "alerts" {
#       name              = "alerts"
#       kms_master_key_id = "alias/aws/sns"
#     }
package tollgate.aws.sns_topic_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "kms_master_key_id", "fix": {"set": {"kms_master_key_id": "alias/aws/sns"}, "risk": "low"}} if {
	input.type == "aws_sns_topic"
	not lib.unknown("kms_master_key_id")
	object.get(input.values, "kms_master_key_id", "") in {"", null}
}

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "KmsMasterKeyId", "fix": {"set": {"KmsMasterKeyId": "alias/aws/sns"}, "risk": "low"}} if {
	input.type == "AWS::SNS::Topic"
	object.get(input.values, "KmsMasterKeyId", "") in {"", null}
}
