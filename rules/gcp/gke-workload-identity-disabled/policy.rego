# METADATA
# title: GKE cluster does not use Workload Identity
# description: "A GKE Standard cluster has no `workload_identity_config`."
# custom:
#   id: GCP025
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, iam]
#   frameworks:
#     cis-gke-v1.5: ["5.2.2"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6", "IA-2"]
#   why: "Without Workload Identity, pods use the node's service account: every pod on a node has the same, usually broad, Google Cloud access."
#   remediation: "Add `workload_identity_config { workload_pool = \"<project>.svc.id.goog\" }` and map Kubernetes service accounts to Google service accounts."
#   example: |
#     workload_identity_config {
#       workload_pool = "acme-prod.svc.id.goog"
#     }
package tollgate.gcp.gke_workload_identity_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not use Workload Identity", [input.address]), "attribute": "workload_identity_config"} if {
	input.type == "google_container_cluster"
	not input.values.enable_autopilot == true
	count(lib.list(input.values, "workload_identity_config")) == 0
	not lib.unknown("workload_identity_config")
}
