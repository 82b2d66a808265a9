package tollgate.gcp.service_account_user_managed_key_test

import rego.v1

import data.tollgate.gcp.service_account_user_managed_key as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_service_account_key", "address": "google_service_account_key.x", "kind": "terraform", "values": {"service_account_id": "projects/app/serviceAccounts/ci@app.iam.gserviceaccount.com"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_service_account", "address": "google_service_account.x", "kind": "terraform", "values": {"account_id": "ci", "display_name": "CI"}, "unknown": []}
}
