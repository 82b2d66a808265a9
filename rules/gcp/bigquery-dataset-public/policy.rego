# METADATA
# title: BigQuery dataset is public
# description: "A dataset IAM member, binding or access entry grants a role to `allUsers` or `allAuthenticatedUsers`."
# custom:
#   id: GCP023
#   severity: critical
#   resource_types: [google_bigquery_dataset_iam_member, google_bigquery_dataset_iam_binding, google_bigquery_dataset]
#   tags: [bigquery, public-access]
#   frameworks:
#     cis-gcp-v2.0: ["7.1"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Everyone on the internet (or with any Google account) can query the dataset's tables."
#   remediation: "Grant dataset roles to named groups or service accounts."
#   example: |
#     resource "google_bigquery_dataset_iam_member" "analysts" {
#       dataset_id = google_bigquery_dataset.sales.dataset_id
#       role       = "roles/bigquery.dataViewer"
#       member     = "group:analysts@example.com"
#     }
package tollgate.gcp.bigquery_dataset_public

import rego.v1

import data.tollgate.lib

public_members := {"allUsers", "allAuthenticatedUsers"}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, input.values.role, input.values.member]), "attribute": "member"} if {
	input.type == "google_bigquery_dataset_iam_member"
	input.values.member in public_members
}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, input.values.role, member]), "attribute": "members"} if {
	input.type == "google_bigquery_dataset_iam_binding"
	some member in lib.items(input.values.members)
	member in public_members
}

deny contains {"msg": sprintf("%s gives %s access to %s", [input.address, entry.role, entry.special_group]), "attribute": sprintf("access[%d]", [i])} if {
	input.type == "google_bigquery_dataset"
	some i, entry in lib.items(input.values.access)
	entry.special_group == "allAuthenticatedUsers"
}

deny contains {"msg": sprintf("%s gives %s access to %s", [input.address, entry.role, entry.iam_member]), "attribute": sprintf("access[%d]", [i])} if {
	input.type == "google_bigquery_dataset"
	some i, entry in lib.items(input.values.access)
	entry.iam_member in public_members
}
