# METADATA
# title: GKE cluster without Binary Authorization
# description: "`binary_authorization.evaluation_mode` is not enforcing."
# custom:
#   id: GCP053
#   severity: low
#   resource_types: [google_container_cluster]
#   tags: [gke, supply-chain]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#     cis-gke-v1.5: ["5.10.4"]
#   why: "Binary Authorization admits only images signed by your build pipeline; without it, any image that can be pulled can run."
#   remediation: "Add `binary_authorization { evaluation_mode = \"PROJECT_SINGLETON_POLICY_ENFORCE\" }`."
#   example: |
#     binary_authorization {
#       evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
#     }
package tollgate.gcp.gke_binary_authorization_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s deploys images without Binary Authorization", [input.address]), "attribute": "binary_authorization[0].evaluation_mode"} if {
	input.type == "google_container_cluster"
	value := object.get(input.values, ["binary_authorization", 0, "evaluation_mode"], "DISABLED")
	value != null
	not lower(sprintf("%v", [value])) in {"project_singleton_policy_enforce", "policy_bindings", "policy_bindings_and_project_singleton_policy_enforce"}
	not lib.unknown("binary_authorization")
}
