package tollgate.gcp.kms_key_rotation_disabled_test

import rego.v1

import data.tollgate.gcp.kms_key_rotation_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_kms_crypto_key", "address": "google_kms_crypto_key.x", "kind": "terraform", "values": {"name": "k"}, "unknown": []}
}

test_long_denied if {
	count(rule.deny) == 1 with input as {"type": "google_kms_crypto_key", "address": "google_kms_crypto_key.x", "kind": "terraform", "values": {"rotation_period": "31536000s"}, "unknown": []}
}

test_ninety_days_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_kms_crypto_key", "address": "google_kms_crypto_key.x", "kind": "terraform", "values": {"rotation_period": "7776000s"}, "unknown": []}
}

test_signing_key_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_kms_crypto_key", "address": "google_kms_crypto_key.x", "kind": "terraform", "values": {"purpose": "ASYMMETRIC_SIGN"}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "google_kms_crypto_key", "address": "google_kms_crypto_key.x", "kind": "terraform", "values": {}, "unknown": ["rotation_period"]}
}
