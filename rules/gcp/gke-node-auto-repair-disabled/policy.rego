# METADATA
# title: GKE node pool has node auto-repair turned off
# description: "A GKE node pool sets `management { auto_repair = false }`."
# custom:
#   id: GCP011
#   severity: medium
#   resource_types: [google_container_node_pool]
#   tags: [gke, kubernetes, resilience]
#   frameworks:
#     cis-gke-v1.5: ["5.5.2"]
#     soc2: ["CC7.1"]
#     nist-800-53: ["SC-5"]
#   why: "Without auto-repair, unhealthy nodes stay in the pool and keep their pods failing until someone notices."
#   remediation: "Set `auto_repair = true` in `management` (the default)."
#   example: |
#     resource "google_container_node_pool" "general" {
#       name    = "general"
#       cluster = google_container_cluster.main.id
#
#       management {
#         auto_repair = true
#       }
#     }
package tollgate.gcp.gke_node_auto_repair_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has node auto-repair turned off", [input.address]), "attribute": "management", "fix": {"set": {"management[0].auto_repair": true}, "risk": "low"}} if {
	input.type in {"google_container_node_pool"}
	input.values.management[0].auto_repair == false
}
