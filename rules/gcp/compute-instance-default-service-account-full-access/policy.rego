# METADATA
# title: Instance uses the default service account with full API access
# description: "A Compute Engine instance runs as the default compute service account with the `cloud-platform` scope."
# custom:
#   id: GCP022
#   severity: high
#   resource_types: [google_compute_instance]
#   tags: [compute, iam, least-privilege]
#   frameworks:
#     cis-gcp-v2.0: ["4.2"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "The default service account has the Editor role on the project; with the full scope, anything on the instance can change almost every resource in the project."
#   remediation: "Run the instance as a dedicated service account with only the roles it needs."
#   example: |
#     service_account {
#       email  = google_service_account.app.email
#       scopes = ["cloud-platform"]
#     }
package tollgate.gcp.compute_instance_default_service_account_full_access

import rego.v1

import data.tollgate.lib

default_account(email) if endswith(email, "-compute@developer.gserviceaccount.com")

default_account(email) if email == "default"

deny contains {"msg": sprintf("%s runs as the default service account with full API access", [input.address]), "attribute": "service_account"} if {
	input.type == "google_compute_instance"
	some account in lib.items(input.values.service_account)
	default_account(object.get(account, "email", "default"))
	not lib.unknown("service_account[0].email")
	some scope in lib.items(account.scopes)
	scope in {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}
}
