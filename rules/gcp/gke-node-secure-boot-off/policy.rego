# METADATA
# title: GKE node pool without Secure Boot
# description: "`node_config.shielded_instance_config.enable_secure_boot` is not true."
# custom:
#   id: GCP059
#   severity: low
#   resource_types: [google_container_node_pool]
#   tags: [gke, compute]
#   frameworks:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#     cis-gke-v1.5: ["5.5.7"]
#   why: "Secure Boot refuses unsigned kernels and boot components, so a node cannot be persistently compromised below the OS."
#   remediation: "Set `enable_secure_boot = true` in `shielded_instance_config`."
#   example: |
#     shielded_instance_config {
#       enable_secure_boot = true
#     }
package tollgate.gcp.gke_node_secure_boot_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s boots nodes without Secure Boot", [input.address]), "attribute": "node_config[0].shielded_instance_config[0].enable_secure_boot", "fix": {"set": {"node_config[0].shielded_instance_config[0].enable_secure_boot": true}, "risk": "medium"}} if {
	input.type == "google_container_node_pool"
	not lib.truthy(object.get(input.values, ["node_config", 0, "shielded_instance_config", 0, "enable_secure_boot"], null))
	not lib.unknown("node_config")
}
