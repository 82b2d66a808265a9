package tollgate.aws.provider_hard_coded_credentials_test

import rego.v1

import data.tollgate.aws.provider_hard_coded_credentials as rule

test_literal_keys_denied if {
	count(rule.deny) == 2 with input as {"type": "provider", "address": "provider.aws", "kind": "terraform", "values": {"name": "aws", "access_key": "AKIAIOSFODNN7EXAMPLE", "secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}, "unknown": []}
}

test_profile_allowed if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.aws", "kind": "terraform", "values": {"name": "aws", "profile": "ops"}, "unknown": []}
}

test_unknown_key_silent if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.aws", "kind": "terraform", "values": {"name": "aws"}, "unknown": ["access_key"]}
}

test_mock_endpoint_allowed if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.aws", "kind": "terraform", "values": {"name": "aws", "access_key": "test", "secret_key": "test", "skip_credentials_validation": true}, "unknown": []}
}

test_other_provider_ignored if {
	count(rule.deny) == 0 with input as {"type": "provider", "address": "provider.google", "kind": "terraform", "values": {"name": "google", "access_key": "x"}, "unknown": []}
}
