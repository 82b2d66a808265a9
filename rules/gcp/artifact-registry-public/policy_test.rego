package tollgate.gcp.artifact_registry_public_test

import rego.v1

import data.tollgate.gcp.artifact_registry_public as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_artifact_registry_repository_iam_member", "address": "google_artifact_registry_repository_iam_member.x", "kind": "terraform", "values": {"repository": "images", "location": "europe-west1", "role": "roles/artifactregistry.reader", "member": "allUsers"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_artifact_registry_repository_iam_member", "address": "google_artifact_registry_repository_iam_member.x", "kind": "terraform", "values": {"repository": "images", "location": "europe-west1", "role": "roles/artifactregistry.reader", "member": "serviceAccount:deployer@app.iam.gserviceaccount.com"}, "unknown": []}
}
