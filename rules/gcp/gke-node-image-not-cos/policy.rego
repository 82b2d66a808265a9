# METADATA
# title: GKE node pool not on Container-Optimized OS
# description: "`node_config.image_type` is not a COS image."
# custom:
#   id: GCP057
#   severity: low
#   resource_types: [google_container_node_pool]
#   tags: [gke, compute]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#     cis-gke-v1.5: ["5.5.1"]
#   why: "Container-Optimized OS has a read-only root, a minimal package set and automatic updates; general-purpose images have a larger attack surface."
#   remediation: "Set `image_type = \"COS_CONTAINERD\"`."
#   example: |
#     node_config {
#       image_type = "COS_CONTAINERD"
#     }
package tollgate.gcp.gke_node_image_not_cos

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not run Container-Optimized OS", [input.address]), "attribute": "node_config[0].image_type"} if {
	input.type == "google_container_node_pool"
	value := object.get(input.values, ["node_config", 0, "image_type"], "COS_CONTAINERD")
	value != null
	not lower(sprintf("%v", [value])) in {"cos_containerd", "cos"}
	not lib.unknown("node_config")
}
