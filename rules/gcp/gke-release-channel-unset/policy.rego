# METADATA
# title: GKE cluster not enrolled in a release channel
# description: "`release_channel.channel` is unset or `UNSPECIFIED`."
# custom:
#   id: GCP055
#   severity: low
#   resource_types: [google_container_cluster]
#   tags: [gke, patching]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#     cis-gke-v1.5: ["5.5.4"]
#   why: "Clusters outside a release channel fall behind on security patches unless someone upgrades them by hand."
#   remediation: "Add `release_channel { channel = \"REGULAR\" }`."
#   example: |
#     release_channel {
#       channel = "REGULAR"
#     }
package tollgate.gcp.gke_release_channel_unset

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not enrolled in a release channel", [input.address]), "attribute": "release_channel[0].channel", "fix": {"set": {"release_channel[0].channel": "REGULAR"}, "risk": "low"}} if {
	input.type == "google_container_cluster"
	value := object.get(input.values, ["release_channel", 0, "channel"], "REGULAR")
	value != null
	not lower(sprintf("%v", [value])) in {"rapid", "regular", "stable", "extended"}
	not lib.unknown("release_channel")
}
