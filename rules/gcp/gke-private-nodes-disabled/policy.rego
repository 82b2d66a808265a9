# METADATA
# title: GKE nodes have public IP addresses
# description: "A GKE cluster does not set `private_cluster_config { enable_private_nodes = true }`."
# custom:
#   id: GCP019
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, exposure]
#   frameworks:
#     cis-gke-v1.5: ["5.6.5"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "Nodes with public addresses expose the kubelet and every NodePort service to the internet, guarded only by firewall rules."
#   remediation: "Set `enable_private_nodes = true` in `private_cluster_config` (with Cloud NAT for egress; the cluster is replaced)."
#   example: |
#     private_cluster_config {
#       enable_private_nodes    = true
#       enable_private_endpoint = false
#       master_ipv4_cidr_block  = "172.16.0.0/28"
#     }
package tollgate.gcp.gke_private_nodes_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gives its nodes public IP addresses", [input.address]), "attribute": "private_cluster_config"} if {
	input.type == "google_container_cluster"
	not input.values.private_cluster_config[0].enable_private_nodes == true
	not lib.unknown("private_cluster_config")
	not lib.unknown("private_cluster_config[0].enable_private_nodes")
	not input.values.enable_autopilot == true
}
