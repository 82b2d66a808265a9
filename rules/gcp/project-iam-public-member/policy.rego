# METADATA
# title: Project role granted to everyone
# description: "A project IAM member or binding names `allUsers` or `allAuthenticatedUsers`."
# custom:
#   id: GCP065
#   severity: critical
#   resource_types: [google_project_iam_member]
#   tags: [iam, public-access]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["1.1"]
#   why: "`allAuthenticatedUsers` is any Google account, not your organization: the role is public."
#   remediation: "Grant the role to specific users, groups or service accounts."
#   example: |
#     member = "group:platform@example.com"
package tollgate.gcp.project_iam_public_member

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s grants a project role to everyone on the internet", [input.address]), "attribute": "member"} if {
	input.type == "google_project_iam_member"
	lower(sprintf("%v", [object.get(input.values, ["member"], null)])) in {"allusers", "allauthenticatedusers"}
	not lib.unknown("member")
}
