# METADATA
# title: Service account granted a primitive or admin role on the project
# description: "A project IAM member or binding gives a service account `roles/owner`, `roles/editor` or an `*Admin` role."
# custom:
#   id: GCP064
#   severity: high
#   resource_types: [google_project_iam_member]
#   tags: [iam]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["1.5"]
#   why: "A compromised workload whose service account is Owner or Editor can take over the whole project."
#   remediation: "Grant the service account the narrow predefined roles its workload needs."
#   example: |
#     role   = "roles/storage.objectViewer"
#     member = "serviceAccount:app@app.iam.gserviceaccount.com"
package tollgate.gcp.service_account_admin_role

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s grants a service account an administrative role", [input.address]), "attribute": "role"} if {
	input.type == "google_project_iam_member"
	startswith(object.get(input.values, "member", ""), "serviceAccount:")
	admin_role(input.values.role)
	not lib.unknown("role")
}

admin_role(role) if role in {"roles/owner", "roles/editor"}

admin_role(role) if {
	is_string(role)
	endswith(lower(role), "admin")
}
