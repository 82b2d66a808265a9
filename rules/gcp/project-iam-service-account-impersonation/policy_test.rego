package tollgate.gcp.project_iam_service_account_impersonation_test

import rego.v1

import data.tollgate.gcp.project_iam_service_account_impersonation as rule

test_user_denied if {
	count(rule.deny) == 1 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"role": "roles/iam.serviceAccountUser", "member": "user:a@example.com"}, "unknown": []}
}

test_binding_denied if {
	count(rule.deny) == 1 with input as {"type": "google_project_iam_binding", "address": "google_project_iam_binding.x", "kind": "terraform", "values": {"role": "roles/iam.serviceAccountTokenCreator", "members": ["user:a@example.com"]}, "unknown": []}
}

test_viewer_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"role": "roles/viewer", "member": "user:a@example.com"}, "unknown": []}
}
