# METADATA
# title: User-managed service account key
# description: "A `google_service_account_key` creates a long-lived key."
# custom:
#   id: GCP063
#   severity: medium
#   resource_types: [google_service_account_key, google_service_account]
#   tags: [iam, credentials]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#     cis-gcp-v2.0: ["1.4"]
#   why: "Key files are bearer credentials that never expire by default and leak through laptops, CI logs and repositories."
#   remediation: "Use Workload Identity Federation or attached service accounts instead of keys."
#   example: |
#     # Instead of a key, let the workload impersonate the account
#     # through Workload Identity Federation.
package tollgate.gcp.service_account_user_managed_key

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s creates a long-lived service account key", [input.address])} if {
	input.type == "google_service_account_key"
}
