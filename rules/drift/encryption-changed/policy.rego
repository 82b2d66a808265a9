# METADATA
# title: Encryption setting changed outside the code
# description: An encryption or KMS key attribute differs from its declared value.
# custom:
#   id: DRIFT004
#   severity: high
#   drift: true
#   tags: [drift, encryption]
#   frameworks:
#     nist-800-53: [CM-3, SC-28]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: [164.312(a)(2)(iv)]
#   why: Encryption turned off or moved to another key by hand breaks compliance claims the code makes, and key changes can lock data away.
#   remediation: Revert by applying the code, or codify the new key in a reviewed pull request.
#   example: |
#     resource "aws_sqs_queue" "jobs" {
#       name              = "jobs"
#       kms_master_key_id = aws_kms_key.queues.arn
#     }
package tollgate.drift.encryption_changed

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.drift

deny contains {"msg": msg, "attribute": change.attribute} if {
	some change in lib.items(drift.substantive_changes)
	some name in drift.names(change.attribute)
	some word in ["encrypt", "kms", "sse", "cmk"]
	contains(lower(name), word)
	msg := sprintf("%s: encryption setting %s changed outside the code (declared %s, live %s)", [input.address, change.attribute, drift.show(change.desired), drift.show(change.live)])
}
