# METADATA
# title: CronJob lets runs overlap
# description: "`spec.concurrencyPolicy` is unset or `Allow`."
# custom:
#   id: K8S053
#   severity: low
#   resource_types: [CronJob]
#   tags: [reliability]
#   frameworks:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#   why: "When a run outlasts the schedule, overlapping runs pile up, compete for the same data and can exhaust the namespace's quota."
#   remediation: "Set `concurrencyPolicy: Forbid` (or `Replace`)."
#   example: |
#     spec:
#       concurrencyPolicy: Forbid
package tollgate.kubernetes.cronjob_concurrency_allowed

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets its runs overlap", [input.address]), "attribute": "spec.concurrencyPolicy", "fix": {"set": {"spec.concurrencyPolicy": "Forbid"}, "risk": "low"}} if {
	object.get(input.values.spec, "concurrencyPolicy", "Allow") == "Allow"
}
