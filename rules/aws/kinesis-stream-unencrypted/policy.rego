# METADATA
# title: Kinesis stream is not encrypted
# description: "A Kinesis data stream does not set `encryption_type = \"KMS\"`."
# custom:
#   id: AWS044
#   severity: medium
#   resource_types: [aws_kinesis_stream, "AWS::Kinesis::Stream"]
#   tags: [kinesis, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Records stay in the stream for a day or more; without server-side encryption they are stored in clear text."
#   remediation: "Set `encryption_type = \"KMS\"` and `kms_key_id = \"alias/aws/kinesis\"` (or a customer managed key)."
#   example: |
#     resource "aws_kinesis_stream" "events" {
#       name            = "events"
#       encryption_type = "KMS"
#       kms_key_id      = "alias/aws/kinesis"
#     }
package tollgate.aws.kinesis_stream_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "encryption_type", "fix": {"set": {"encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis"}, "risk": "low"}} if {
	input.type == "aws_kinesis_stream"
	not lib.unknown("encryption_type")
	object.get(input.values, "encryption_type", "NONE") == "NONE"
}

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "StreamEncryption", "fix": {"set": {"StreamEncryption.EncryptionType": "KMS", "StreamEncryption.KeyId": "alias/aws/kinesis"}, "risk": "low"}} if {
	input.type == "AWS::Kinesis::Stream"
	not input.values.StreamEncryption.EncryptionType == "KMS"
}
