package tollgate.gcp.project_primitive_role_for_user_test

import rego.v1

import data.tollgate.gcp.project_primitive_role_for_user as rule

test_owner_denied if {
	count(rule.deny) == 1 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"role": "roles/owner", "member": "user:a@example.com"}, "unknown": []}
}

test_service_account_skipped if {
	count(rule.deny) == 0 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"role": "roles/editor", "member": "serviceAccount:x@acme.iam.gserviceaccount.com"}, "unknown": []}
}

test_viewer_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"role": "roles/viewer", "member": "user:a@example.com"}, "unknown": []}
}
