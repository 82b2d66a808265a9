package tollgate.gcp.kms_crypto_key_public_test

import rego.v1

import data.tollgate.gcp.kms_crypto_key_public as rule

test_member_denied if {
	count(rule.deny) == 1 with input as {"type": "google_kms_crypto_key_iam_member", "address": "google_kms_crypto_key_iam_member.x", "kind": "terraform", "values": {"member": "allUsers"}, "unknown": []}
}

test_binding_denied if {
	count(rule.deny) == 1 with input as {"type": "google_kms_crypto_key_iam_binding", "address": "google_kms_crypto_key_iam_binding.x", "kind": "terraform", "values": {"members": ["user:a@example.com", "allAuthenticatedUsers"]}, "unknown": []}
}

test_account_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_kms_crypto_key_iam_member", "address": "google_kms_crypto_key_iam_member.x", "kind": "terraform", "values": {"member": "serviceAccount:app@p.iam.gserviceaccount.com"}, "unknown": []}
}
