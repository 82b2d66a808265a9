package tollgate.gcp.cloud_function_public_invoker_test

import rego.v1

import data.tollgate.gcp.cloud_function_public_invoker as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_cloudfunctions_function_iam_member", "address": "google_cloudfunctions_function_iam_member.x", "kind": "terraform", "values": {"cloud_function": "api", "role": "roles/cloudfunctions.invoker", "member": "allUsers"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_cloudfunctions_function_iam_member", "address": "google_cloudfunctions_function_iam_member.x", "kind": "terraform", "values": {"cloud_function": "api", "role": "roles/cloudfunctions.invoker", "member": "serviceAccount:caller@app.iam.gserviceaccount.com"}, "unknown": []}
}
