# METADATA
# title: Artifact Registry repository open to everyone
# description: "An IAM member names `allUsers` or `allAuthenticatedUsers`."
# custom:
#   id: GCP080
#   severity: high
#   resource_types: [google_artifact_registry_repository_iam_member]
#   tags: [artifact-registry, public-access]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Images and packages carry internal code and sometimes credentials."
#   remediation: "Grant `roles/artifactregistry.reader` to specific identities."
#   example: |
#     member = "serviceAccount:deployer@app.iam.gserviceaccount.com"
package tollgate.gcp.artifact_registry_public

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets everyone access its artifacts", [input.address]), "attribute": "member"} if {
	input.type == "google_artifact_registry_repository_iam_member"
	lower(sprintf("%v", [object.get(input.values, ["member"], null)])) in {"allusers", "allauthenticatedusers"}
	not lib.unknown("member")
}
