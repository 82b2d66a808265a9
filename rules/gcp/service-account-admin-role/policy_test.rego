package tollgate.gcp.service_account_admin_role_test

import rego.v1

import data.tollgate.gcp.service_account_admin_role as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"project": "app", "role": "roles/editor", "member": "serviceAccount:app@app.iam.gserviceaccount.com"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_project_iam_member", "address": "google_project_iam_member.x", "kind": "terraform", "values": {"project": "app", "role": "roles/storage.objectViewer", "member": "serviceAccount:app@app.iam.gserviceaccount.com"}, "unknown": []}
}
