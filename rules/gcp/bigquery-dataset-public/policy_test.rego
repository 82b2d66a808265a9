package tollgate.gcp.bigquery_dataset_public_test

import rego.v1

import data.tollgate.gcp.bigquery_dataset_public as rule

test_all_users_denied if {
	count(rule.deny) == 1 with input as {"type": "google_bigquery_dataset_iam_member", "address": "google_bigquery_dataset_iam_member.x", "kind": "terraform", "values": {"role": "roles/bigquery.dataViewer", "member": "allUsers"}, "unknown": []}
}

test_group_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_bigquery_dataset_iam_member", "address": "google_bigquery_dataset_iam_member.x", "kind": "terraform", "values": {"role": "roles/bigquery.dataViewer", "member": "group:a@example.com"}, "unknown": []}
}

test_access_entry_denied if {
	count(rule.deny) == 1 with input as {"type": "google_bigquery_dataset", "address": "google_bigquery_dataset.x", "kind": "terraform", "values": {"access": [{"role": "READER", "special_group": "allAuthenticatedUsers"}]}, "unknown": []}
}
