# METADATA
# title: Tags or labels changed outside the code
# description: Only tags, labels or annotations differ from the declared ones.
# custom:
#   id: DRIFT005
#   severity: low
#   drift: true
#   tags: [drift, tagging]
#   why: Tag drift breaks cost allocation and ownership reports but changes no behaviour; it is weighed low so it does not drown the drift that matters.
#   remediation: Codify the tags (`tollgate drift --fix codify`) if they are right, or apply the code to restore the declared ones.
#   example: |
#     tags = {
#       Owner       = "platform"
#       CostCenter  = "1234"
#     }
package tollgate.drift.labels_changed

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.drift

deny contains {"msg": msg, "attribute": change.attribute} if {
	input.drift.status == "changed"
	some change in lib.items(input.drift.changes)
	drift.is_label_path(change.attribute)
	msg := sprintf("%s: %s changed outside the code (declared %s, live %s)", [input.address, change.attribute, drift.show(change.desired), drift.show(change.live)])
}
