# METADATA
# title: GKE node pool has node auto-upgrade turned off
# description: "A GKE node pool sets `management { auto_upgrade = false }`."
# custom:
#   id: GCP010
#   severity: medium
#   resource_types: [google_container_node_pool]
#   tags: [gke, kubernetes, patching]
#   frameworks:
#     cis-gke-v1.5: ["5.5.3"]
#     soc2: ["CC7.1"]
#     nist-800-53: ["SI-2"]
#   why: "Nodes that are not upgraded keep known kubelet, container runtime and OS vulnerabilities, and drift out of the control plane's supported version skew."
#   remediation: "Set `auto_upgrade = true` in `management` (the default)."
#   example: |
#     resource "google_container_node_pool" "general" {
#       name    = "general"
#       cluster = google_container_cluster.main.id
#
#       management {
#         auto_upgrade = true
#       }
#     }
package tollgate.gcp.gke_node_auto_upgrade_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has node auto-upgrade turned off", [input.address]), "attribute": "management", "fix": {"set": {"management[0].auto_upgrade": true}, "risk": "low"}} if {
	input.type in {"google_container_node_pool"}
	input.values.management[0].auto_upgrade == false
}
