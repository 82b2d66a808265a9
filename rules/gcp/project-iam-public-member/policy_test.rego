package tollgate.gcp.project_iam_public_member_test

import rego.v1

import data.tollgate.gcp.project_iam_public_member as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"project": "app", "role": "roles/viewer", "member": "allAuthenticatedUsers"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"project": "app", "role": "roles/viewer", "member": "group:platform@example.com"}, "unknown": []}
}
