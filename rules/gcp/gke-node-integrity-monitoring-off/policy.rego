# METADATA
# title: GKE node pool without integrity monitoring
# description: "`node_config.shielded_instance_config.enable_integrity_monitoring` is false."
# custom:
#   id: GCP058
#   severity: low
#   resource_types: [google_container_node_pool]
#   tags: [gke, compute]
#   frameworks:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#     cis-gke-v1.5: ["5.5.6"]
#   why: "Integrity monitoring detects a node whose boot chain was tampered with (rootkits, bootkits)."
#   remediation: "Remove `enable_integrity_monitoring = false`."
#   example: |
#     shielded_instance_config {
#       enable_integrity_monitoring = true
#       enable_secure_boot          = true
#     }
package tollgate.gcp.gke_node_integrity_monitoring_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s turns node integrity monitoring off", [input.address]), "attribute": "node_config[0].shielded_instance_config[0].enable_integrity_monitoring"} if {
	input.type == "google_container_node_pool"
	lib.falsy(object.get(input.values, ["node_config", 0, "shielded_instance_config", 0, "enable_integrity_monitoring"], null))
	not lib.unknown("node_config")
}
