# METADATA
# title: Google provider has hard-coded credentials
# description: "The `google` or `google-beta` provider block holds a service account key (`credentials` with a private key) or an `access_token` written in the configuration."
# custom:
#   id: GCP026
#   severity: critical
#   resource_types: [provider]
#   tags: [secrets, credentials, iam]
#   frameworks:
#     cis-gcp-v2.0: ["1.4"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.2", "8.6.2"]
#     hipaa: ["164.312(d)"]
#     nist-800-53: ["IA-5(7)"]
#   why: "A service account key in the repository is a long-lived credential anyone who can read the code can use; it stays in git history after removal."
#   remediation: "Remove the key; use Application Default Credentials (`gcloud auth application-default login`), workload identity federation in CI, or service account impersonation, and delete the exposed key."
#   example: |
#     provider "google" {
#       project                     = "my-project"
#       impersonate_service_account = "terraform@my-project.iam.gserviceaccount.com"
#     }
package tollgate.gcp.provider_hard_coded_credentials

import rego.v1

deny contains {"msg": sprintf("%s holds a service account key in `credentials`", [input.address]), "attribute": "credentials"} if {
	provider
	is_string(input.values.credentials)
	contains(input.values.credentials, "private_key")
}

deny contains {"msg": sprintf("%s sets `access_token` in the configuration", [input.address]), "attribute": "access_token"} if {
	provider
	is_string(input.values.access_token)
	input.values.access_token != ""
}

provider if {
	input.type == "provider"
	input.values.name in {"google", "google-beta"}
}
