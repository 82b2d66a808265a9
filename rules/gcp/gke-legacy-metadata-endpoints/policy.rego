# METADATA
# title: GKE nodes serve the legacy metadata endpoints
# description: "`node_config.metadata.disable-legacy-endpoints` is `\"false\"`."
# custom:
#   id: GCP062
#   severity: medium
#   resource_types: [google_container_node_pool, google_container_cluster]
#   tags: [gke, metadata]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-gke-v1.5: ["5.4.1"]
#   why: "The legacy endpoints answer without the `Metadata-Flavor` header, so server-side request forgery in any pod can read node credentials."
#   remediation: "Remove `disable-legacy-endpoints = \"false\"` from the node metadata."
#   example: |
#     metadata = {
#       disable-legacy-endpoints = "true"
#     }
package tollgate.gcp.gke_legacy_metadata_endpoints

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s serves the legacy (v0.1 and v1beta1) metadata endpoints", [input.address]), "attribute": "node_config[0].metadata.disable-legacy-endpoints"} if {
	input.type in {"google_container_node_pool", "google_container_cluster"}
	lib.falsy(object.get(input.values, ["node_config", 0, "metadata", "disable-legacy-endpoints"], null))
	not lib.unknown("node_config")
}
