package tollgate.gcp.provider_hard_coded_credentials_test

import rego.v1

import data.tollgate.gcp.provider_hard_coded_credentials as rule

test_inline_key_denied if {
	count(rule.deny) == 1 with input as {"type": "provider", "address": "provider.google", "kind": "terraform", "values": {"name": "google", "credentials": "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\"}"}, "unknown": []}
}

test_token_denied if {
	count(rule.deny) == 1 with input as {"type": "provider", "address": "provider.google-beta", "kind": "terraform", "values": {"name": "google-beta", "access_token": "ya29.a0AfH6SMBexample"}, "unknown": []}
}

test_key_file_path_allowed if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.google", "kind": "terraform", "values": {"name": "google", "credentials": "/secrets/terraform.json"}, "unknown": []}
}

test_impersonation_allowed if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.google", "kind": "terraform", "values": {"name": "google", "impersonate_service_account": "tf@p.iam.gserviceaccount.com"}, "unknown": []}
}
