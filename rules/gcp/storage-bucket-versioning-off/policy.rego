# METADATA
# title: Storage bucket without object versioning
# description: "`versioning.enabled` is not true."
# custom:
#   id: GCP076
#   severity: low
#   resource_types: [google_storage_bucket]
#   tags: [storage, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "Without versioning, an overwritten or deleted object cannot be recovered."
#   remediation: "Add `versioning { enabled = true }` with a lifecycle rule that expires old versions."
#   example: |
#     versioning {
#       enabled = true
#     }
package tollgate.gcp.storage_bucket_versioning_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not keep previous object versions", [input.address]), "attribute": "versioning[0].enabled", "fix": {"set": {"versioning[0].enabled": true}, "risk": "low"}} if {
	input.type == "google_storage_bucket"
	not lib.truthy(object.get(input.values, ["versioning", 0, "enabled"], null))
	count(lib.list(input.values, "retention_policy")) == 0
	not lib.unknown("versioning")
}
