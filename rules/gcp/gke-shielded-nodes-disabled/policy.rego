# METADATA
# title: GKE cluster has Shielded GKE Nodes turned off
# description: "A GKE cluster sets `enable_shielded_nodes = false`."
# custom:
#   id: GCP013
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, integrity]
#   frameworks:
#     cis-gke-v1.5: ["5.5.5"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["SI-7"]
#   why: "Shielded nodes prove their identity and boot integrity; without them a compromised pod can impersonate a node to the control plane."
#   remediation: "Set `enable_shielded_nodes = true` (the default)."
#   example: |
#     resource "google_container_cluster" "main" {
#       name               = "main"
#       location           = "europe-west1"
#       initial_node_count = 1
#       enable_shielded_nodes = true
#     }
package tollgate.gcp.gke_shielded_nodes_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has Shielded GKE Nodes turned off", [input.address]), "attribute": "enable_shielded_nodes", "fix": {"set": {"enable_shielded_nodes": true}, "risk": "medium"}} if {
	input.type in {"google_container_cluster"}
	input.values.enable_shielded_nodes == false
}
