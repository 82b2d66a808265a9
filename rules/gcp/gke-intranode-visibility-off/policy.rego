# METADATA
# title: GKE cluster without intranode visibility
# description: "`enable_intranode_visibility` is not true."
# custom:
#   id: GCP054
#   severity: low
#   resource_types: [google_container_cluster]
#   tags: [gke, network, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gke-v1.5: ["5.6.1"]
#   why: "Traffic between pods on the same node skips the VPC, so flow logs and firewall rules never see it."
#   remediation: "Set `enable_intranode_visibility = true`."
#   example: |
#     enable_intranode_visibility = true
package tollgate.gcp.gke_intranode_visibility_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not make pod-to-pod traffic on a node visible", [input.address]), "attribute": "enable_intranode_visibility"} if {
	input.type == "google_container_cluster"
	not lib.truthy(object.get(input.values, ["enable_intranode_visibility"], null))
	not lib.unknown("enable_intranode_visibility")
}
