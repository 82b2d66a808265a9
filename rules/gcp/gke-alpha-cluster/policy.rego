# METADATA
# title: GKE alpha cluster
# description: "`enable_kubernetes_alpha = true`."
# custom:
#   id: GCP061
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#     cis-gke-v1.5: ["5.10.2"]
#   why: "Alpha clusters run unsupported features, cannot be upgraded and are deleted after 30 days."
#   remediation: "Remove `enable_kubernetes_alpha`."
#   example: |
#     enable_kubernetes_alpha = false
package tollgate.gcp.gke_alpha_cluster

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s enables Kubernetes alpha features", [input.address]), "attribute": "enable_kubernetes_alpha"} if {
	input.type == "google_container_cluster"
	lib.truthy(object.get(input.values, ["enable_kubernetes_alpha"], null))
	not lib.unknown("enable_kubernetes_alpha")
}
