# METADATA
# title: Storage bucket does not enforce uniform bucket-level access
# description: The bucket still honours per-object ACLs.
# custom:
#   id: GCP002
#   severity: medium
#   resource_types: [google_storage_bucket]
#   tags: [storage, access-control]
#   frameworks:
#     cis-gcp-v2.0: ["5.2"]
#     soc2: [CC6.1]
#     nist-800-53: [AC-3]
#   why: Object ACLs make access hard to audit and let single objects become public while the bucket looks private.
#   remediation: Set `uniform_bucket_level_access = true` and grant access with IAM.
#   example: |
#     resource "google_storage_bucket" "data" {
#       name                        = "acme-data"
#       location                    = "EU"
#       uniform_bucket_level_access = true
#     }
package tollgate.gcp.storage_bucket_uniform_access_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not enforce uniform bucket-level access", [input.address]), "attribute": "uniform_bucket_level_access", "fix": {"set": {"uniform_bucket_level_access": true}, "risk": "medium"}} if {
	lib.not_true(input.values, "uniform_bucket_level_access")
}
