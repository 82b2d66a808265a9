package tollgate.gcp.storage_bucket_public_test

import rego.v1

import data.tollgate.gcp.storage_bucket_public as rule

test_all_users_denied if {
	count(rule.deny) == 1 with input as {"type": "google_storage_bucket_iam_member", "address": "google_storage_bucket_iam_member.x", "kind": "terraform", "values": {"role": "roles/storage.objectViewer", "member": "allUsers"}, "unknown": []}
}

test_group_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_storage_bucket_iam_member", "address": "google_storage_bucket_iam_member.x", "kind": "terraform", "values": {"role": "roles/storage.objectViewer", "member": "group:a@example.com"}, "unknown": []}
}

test_binding_denied if {
	count(rule.deny) == 1 with input as {"type": "google_storage_bucket_iam_binding", "address": "google_storage_bucket_iam_binding.x", "kind": "terraform", "values": {"role": "r", "members": ["user:a@example.com", "allAuthenticatedUsers"]}, "unknown": []}
}
