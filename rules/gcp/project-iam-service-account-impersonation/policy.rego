# METADATA
# title: Project-wide role to impersonate every service account
# description: "`roles/iam.serviceAccountUser` or `roles/iam.serviceAccountTokenCreator` is granted on the whole project."
# custom:
#   id: GCP037
#   severity: high
#   resource_types: [google_project_iam_member, google_project_iam_binding]
#   tags: [iam, privilege-escalation]
#   frameworks:
#     cis-gcp-v2.0: ["1.6"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "At project level these roles let the member act as any service account of the project, including the most privileged: an escalation path to owner."
#   remediation: "Grant the role on the one service account needed (`google_service_account_iam_member`), not on the project."
#   example: |
#     resource "google_service_account_iam_member" "deployer" {
#       service_account_id = google_service_account.runtime.name
#       role               = "roles/iam.serviceAccountUser"
#       member             = "group:deployers@example.com"
#     }
package tollgate.gcp.project_iam_service_account_impersonation

import rego.v1

import data.tollgate.lib

impersonation := {"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}

deny contains {"msg": sprintf("%s grants %s on the whole project", [input.address, input.values.role]), "attribute": "role"} if {
	input.type in {"google_project_iam_member", "google_project_iam_binding"}
	input.values.role in impersonation
}
