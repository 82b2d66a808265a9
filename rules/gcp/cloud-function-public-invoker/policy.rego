# METADATA
# title: Cloud Function invokable by everyone
# description: "A function IAM member or binding gives `allUsers` or `allAuthenticatedUsers` the invoker role."
# custom:
#   id: GCP070
#   severity: high
#   resource_types: [google_cloudfunctions_function_iam_member, google_cloudfunctions2_function_iam_member, google_cloud_run_service_iam_member, google_cloud_run_v2_service_iam_member]
#   tags: [functions, cloud-run, public-access]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "An unauthenticated function or service is callable by anyone who finds its URL; make that a decision, not a default."
#   remediation: "Grant `roles/run.invoker` or `roles/cloudfunctions.invoker` to specific identities, or put the service behind IAP or a load balancer with authentication."
#   example: |
#     member = "serviceAccount:caller@app.iam.gserviceaccount.com"
package tollgate.gcp.cloud_function_public_invoker

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets everyone invoke it", [input.address]), "attribute": "member"} if {
	input.type in {"google_cloudfunctions_function_iam_member", "google_cloudfunctions2_function_iam_member", "google_cloud_run_service_iam_member", "google_cloud_run_v2_service_iam_member"}
	lower(sprintf("%v", [object.get(input.values, ["member"], null)])) in {"allusers", "allauthenticatedusers"}
	not lib.unknown("member")
}
