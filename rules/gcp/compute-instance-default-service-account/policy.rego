# METADATA
# title: Compute instance runs as the default service account
# description: "`service_account.email` is the project's default compute service account, or unset."
# custom:
#   id: GCP069
#   severity: medium
#   resource_types: [google_compute_instance]
#   tags: [compute, iam]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gcp-v2.0: ["4.1"]
#   why: "The default compute service account has the Editor role in many projects, so every instance using it can change almost anything."
#   remediation: "Create a dedicated service account with the roles the instance needs and set it in `service_account { email = ... }`."
#   example: |
#     service_account {
#       email  = google_service_account.web.email
#       scopes = ["cloud-platform"]
#     }
package tollgate.gcp.compute_instance_default_service_account

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs as the default compute service account", [input.address]), "attribute": "service_account[0].email"} if {
	input.type == "google_compute_instance"
	some account in lib.list(input.values, "service_account")
	email := object.get(account, "email", "")
	is_string(email)
	(email == "") == false
	endswith(email, "-compute@developer.gserviceaccount.com")
	not lib.unknown("service_account")
}
