# METADATA
# title: GKE node pool exposes the node's metadata to pods
# description: "`node_config.workload_metadata_config.mode` is `GCE_METADATA`."
# custom:
#   id: GCP060
#   severity: high
#   resource_types: [google_container_node_pool, google_container_cluster]
#   tags: [gke, metadata]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gke-v1.5: ["5.4.1"]
#   why: "Pods that reach the node's metadata server can take its service account token and the kubelet credentials in its attributes."
#   remediation: "Set `workload_metadata_config { mode = \"GKE_METADATA\" }` (with Workload Identity)."
#   example: |
#     workload_metadata_config {
#       mode = "GKE_METADATA"
#     }
package tollgate.gcp.gke_node_metadata_exposed

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets pods read the node's metadata server", [input.address]), "attribute": "node_config[0].workload_metadata_config[0].mode", "fix": {"set": {"node_config[0].workload_metadata_config[0].mode": "GKE_METADATA"}, "risk": "medium"}} if {
	input.type in {"google_container_node_pool", "google_container_cluster"}
	lower(sprintf("%v", [object.get(input.values, ["node_config", 0, "workload_metadata_config", 0, "mode"], null)])) in {"gce_metadata", "expose"}
	not lib.unknown("node_config")
}
