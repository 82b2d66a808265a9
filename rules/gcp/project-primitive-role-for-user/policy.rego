# METADATA
# title: Primitive owner or editor role granted to a user
# description: "A project IAM member or binding grants `roles/owner` or `roles/editor` to a `user:` or `group:` principal."
# custom:
#   id: GCP021
#   severity: high
#   resource_types: [google_project_iam_member, google_project_iam_binding]
#   tags: [iam, least-privilege]
#   frameworks:
#     cis-gcp-v2.0: ["1.6"]
#     soc2: ["CC6.3"]
#     pci-dss-v4: ["7.2.1"]
#     nist-800-53: ["AC-6"]
#   why: "Owner and editor grant thousands of permissions across every service in the project, far beyond any person's job."
#   remediation: "Grant predefined or custom roles for the services the person works with."
#   example: |
#     resource "google_project_iam_member" "analyst" {
#       project = "acme-prod"
#       role    = "roles/bigquery.dataViewer"
#       member  = "user:ana@example.com"
#     }
package tollgate.gcp.project_primitive_role_for_user

import rego.v1

import data.tollgate.lib

primitive := {"roles/owner", "roles/editor"}

person(member) if startswith(member, "user:")

person(member) if startswith(member, "group:")

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, input.values.role, input.values.member]), "attribute": "role"} if {
	input.type == "google_project_iam_member"
	input.values.role in primitive
	person(input.values.member)
}

deny contains {"msg": sprintf("%s grants %s to %s", [input.address, input.values.role, member]), "attribute": "members"} if {
	input.type == "google_project_iam_binding"
	input.values.role in primitive
	some member in lib.items(input.values.members)
	person(member)
}
