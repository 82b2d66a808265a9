# METADATA
# title: SQS queue turns server-side encryption off
# description: "The queue sets `sqs_managed_sse_enabled = false` and names no KMS key."
# custom:
#   id: AWS018
#   severity: low
#   resource_types: [aws_sqs_queue]
#   tags: [sqs, encryption]
#   frameworks:
#     soc2: ["CC6.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Messages often carry personal data or tokens; without encryption at rest they sit in clear text."
#   remediation: "Remove `sqs_managed_sse_enabled = false` (SSE-SQS is the default) or set `kms_master_key_id`."
#   example: |
#     resource "aws_sqs_queue" "jobs" {
#       name                    = "jobs"
#       sqs_managed_sse_enabled = true
#     }
package tollgate.aws.sqs_queue_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s stores messages unencrypted", [input.address]), "attribute": "sqs_managed_sse_enabled", "fix": {"set": {"sqs_managed_sse_enabled": true}, "risk": "low"}} if {
	input.type == "aws_sqs_queue"
	input.values.sqs_managed_sse_enabled == false
	not input.values.kms_master_key_id
	not lib.unknown("kms_master_key_id")
}
