# METADATA
# title: GKE cluster enforces no network policy
# description: "The cluster enables neither `network_policy { enabled = true }` nor Dataplane V2 (`datapath_provider = \"ADVANCED_DATAPATH\"`)."
# custom:
#   id: GCP039
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, network]
#   frameworks:
#     cis-gke-v1.5: ["5.6.7"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "Without enforcement, NetworkPolicy objects are ignored: every pod can reach every other, so one compromised pod reaches databases and the metadata of its neighbours."
#   remediation: "Use Dataplane V2 (`datapath_provider = \"ADVANCED_DATAPATH\"`, which enforces NetworkPolicy), or enable `network_policy { enabled = true }` with the Calico add-on."
#   example: |
#     resource "google_container_cluster" "prod" {
#       name              = "prod"
#       location          = "europe-west1"
#       datapath_provider = "ADVANCED_DATAPATH"
#     }
package tollgate.gcp.gke_network_policy_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s enforces no network policy", [input.address]), "attribute": "network_policy"} if {
	input.type == "google_container_cluster"
	not input.values.network_policy[0].enabled == true
	not input.values.datapath_provider == "ADVANCED_DATAPATH"
	not object.get(input.values, "enable_autopilot", false) == true
	not lib.unknown("datapath_provider")
}
