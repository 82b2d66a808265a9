# METADATA
# title: GKE cluster uses legacy ABAC
# description: "The cluster sets `enable_legacy_abac = true`."
# custom:
#   id: GCP006
#   severity: high
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, authorization]
#   frameworks:
#     cis-gke-v1.5: ["5.8.3"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Legacy ABAC grants broad, static permissions that Kubernetes RBAC cannot narrow, including to service accounts."
#   remediation: "Remove `enable_legacy_abac` (false by default) and grant access with RBAC."
#   example: |
#     resource "google_container_cluster" "main" {
#       name               = "main"
#       location           = "europe-west1"
#       enable_legacy_abac = false
#     }
package tollgate.gcp.gke_legacy_abac_enabled

import rego.v1

deny contains {"msg": sprintf("%s uses legacy ABAC authorization", [input.address]), "attribute": "enable_legacy_abac", "fix": {"set": {"enable_legacy_abac": false}, "risk": "medium"}} if {
	input.type == "google_container_cluster"
	input.values.enable_legacy_abac == true
}
