# METADATA
# title: GKE control plane accepts connections from any address
# description: "A GKE cluster has no `master_authorized_networks_config` and no private endpoint."
# custom:
#   id: GCP020
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, exposure]
#   frameworks:
#     cis-gke-v1.5: ["5.6.3"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7", "AC-17"]
#   why: "The Kubernetes API is then reachable from the whole internet, exposed to credential attacks and API server vulnerabilities."
#   remediation: "Add `master_authorized_networks_config` with the CIDR blocks of your offices, VPN and CI runners."
#   example: |
#     master_authorized_networks_config {
#       cidr_blocks {
#         cidr_block   = "203.0.113.0/24"
#         display_name = "office"
#       }
#     }
package tollgate.gcp.gke_master_authorized_networks_missing

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts control plane connections from any address", [input.address]), "attribute": "master_authorized_networks_config"} if {
	input.type == "google_container_cluster"
	count(lib.list(input.values, "master_authorized_networks_config")) == 0
	not lib.unknown("master_authorized_networks_config")
	not input.values.private_cluster_config[0].enable_private_endpoint == true
}
