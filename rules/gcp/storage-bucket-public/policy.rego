# METADATA
# title: Cloud Storage bucket is public
# description: "A bucket IAM member or binding grants a role to `allUsers` or `allAuthenticatedUsers`."
# custom:
#   id: GCP015
#   severity: critical
#   resource_types: [google_storage_bucket_iam_member, google_storage_bucket_iam_binding, google_storage_bucket_iam_policy]
#   tags: [storage, public-access]
#   frameworks:
#     cis-gcp-v2.0: ["5.1"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["AC-3"]
#   why: "Everyone on the internet (or with any Google account) gets the role on the bucket and its objects."
#   remediation: "Grant the role to named users, groups or service accounts; serve public content through a load balancer with Cloud CDN."
#   example: |
#     resource "google_storage_bucket_iam_member" "reader" {
#       bucket = google_storage_bucket.reports.name
#       role   = "roles/storage.objectViewer"
#       member = "group:analysts@example.com"
#     }
package tollgate.gcp.storage_bucket_public

import rego.v1

import data.tollgate.lib

public_members := {"allUsers", "allAuthenticatedUsers"}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, input.values.role, input.values.member]), "attribute": "member"} if {
	input.type == "google_storage_bucket_iam_member"
	input.values.member in public_members
}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, input.values.role, member]), "attribute": "members"} if {
	input.type == "google_storage_bucket_iam_binding"
	some member in lib.items(input.values.members)
	member in public_members
}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, binding.role, member]), "attribute": "policy_data"} if {
	input.type == "google_storage_bucket_iam_policy"
	some binding in json.unmarshal(input.values.policy_data).bindings
	some member in lib.items(binding.members)
	member in public_members
}
